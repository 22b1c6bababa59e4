package org.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Table3Row;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTests {

    @Test
    void writesTheSixSectionsAndEveryTable3RowWithTenCells() {
        String markdown = MarkdownReportWriter.write(HtmlReportWriterTests.report(ReportFormat.FORMAT_2021));

        assertThat(markdown).startsWith("# 某某局2025年政府信息公开工作年度报告\n");
        for (ReportSection section : ReportSection.values()) {
            assertThat(markdown).contains("## " + section.heading() + "\n");
        }
        List<String> table3 = Arrays.stream(markdown.split("\n"))
                .filter(line -> line.startsWith("| " + Table3Row.BALANCE_NOTE) || line.matches("\\| [一二四三]、.*|\\|  \\| .*"))
                .toList();
        assertThat(table3).hasSize(26).allSatisfy(line -> assertThat(line.split(" \\|", -1)).hasSize(11));
        assertThat(markdown).contains("| 一、本年新收政府信息公开申请数量 |  |  | 7 | 0 | 0 | 0 | 0 | 0 | 0 |")
                .contains("| 三、本年度办理结果 | （一）予以公开 |  | 0 |")
                .contains("|  | （三）不予公开 | 1.属于国家秘密 | 0 |")
                .contains("|  |  | 2.其他法律行政法规禁止公开 | 0 |");
    }

    @Test
    void unknownCellsAreBlank() {
        AnnualReport report = HtmlReportWriterTests.report(ReportFormat.FORMAT_2021);

        assertThat(MarkdownReportWriter.write(report)).contains("| 行政许可 |  |");
    }
}
