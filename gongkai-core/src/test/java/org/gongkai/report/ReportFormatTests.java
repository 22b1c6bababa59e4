package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The annual-report formats as dated data (report-formats.csv): which applies to a year and what differs. */
class ReportFormatTests {

    // 60号 introduced the trial format for the first reports under the 2019 条例 (the 2019 reports); 30号 of
    // 2021-09-26 applies from the 2021 reports on (law-spec.md §1.1, §1.8).
    @ParameterizedTest(name = "the {0} report follows the {1} format")
    @CsvSource(textBlock = """
            2019, 2019
            2020, 2019
            2021, 2021
            2025, 2021
            2040, 2021
            """)
    void theFormatInForceForAYear(int year, String code) {
        assertThat(ReportFormat.inForceFor(year)).map(ReportFormat::code).contains(code);
    }

    @Test
    void noNationalFormatBefore2019() {
        assertThat(ReportFormat.inForceFor(2018)).isEmpty();
    }

    @Test
    void eachFormatNamesTheDocumentThatIssuedIt() {
        assertThat(ReportFormat.FORMAT_2019.reference()).isEqualTo("国办公开办函〔2019〕60号（政府信息公开工作年度报告格式（试行））");
        assertThat(ReportFormat.FORMAT_2021.reference()).isEqualTo("国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》");
        assertThat(ReportFormat.latest()).isEqualTo(ReportFormat.FORMAT_2021);
        assertThat(ReportFormat.newestFirst()).containsExactly(ReportFormat.FORMAT_2021, ReportFormat.FORMAT_2019);
    }

    @Test
    void the2019FormatHasOneOtherRowAndAnotherTable2() {
        assertThat(Arrays.stream(Table3Row.values()).filter(r -> !ReportFormat.FORMAT_2019.hasRow(r)))
                .containsExactly(Table3Row.OTHER_NO_CLARIFICATION, Table3Row.OTHER_FEE_UNPAID);
        assertThat(ReportFormat.FORMAT_2019.label(Table3Row.OTHER)).isEqualTo("（六）其他处理");
        assertThat(ReportFormat.FORMAT_2019.label(Table3Row.DISCLOSED)).isEqualTo("（一）予以公开");
        assertThat(ReportFormat.FORMAT_2019.table2InModel()).isFalse();
        assertThat(ReportFormat.FORMAT_2019.table2Marks()).containsExactly("新制作", "新公开数量", "集中采购", "对外管理服务");
    }

    @Test
    void the2021FormatHasEveryRowWithItsOwnLabel() {
        assertThat(Table3Row.values()).allMatch(ReportFormat.FORMAT_2021::hasRow)
                .allMatch(row -> ReportFormat.FORMAT_2021.label(row).equals(row.label()));
        assertThat(ReportFormat.FORMAT_2021.relabelledRows()).isEmpty();
        assertThat(ReportFormat.FORMAT_2021.table2InModel()).isTrue();
        assertThat(ReportFormat.FORMAT_2021.table3Marks()).containsExactly("不补正", "缴纳费用", "收费通知");
    }
}
