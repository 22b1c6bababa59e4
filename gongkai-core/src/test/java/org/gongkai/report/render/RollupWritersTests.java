package org.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.json.Json;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.compile.RollupReport;
import org.junit.jupiter.api.Test;

class RollupWritersTests {

    private static AnnualReport report(String code, int received) {
        Table3 table3 = Table3.zero();
        for (Table3Row row : List.of(Table3Row.NEW, Table3Row.CARRIED_FORWARD)) {
            table3 = table3.with(row, ApplicantColumn.NATURAL_PERSON, received).with(row, ApplicantColumn.TOTAL, received);
        }
        return new AnnualReport(code, "机关" + code, 2025, ReportFormat.FORMAT_2021, Map.of(),
                new Table2(new Table2.DocumentCounts(0, 0, 0), new Table2.DocumentCounts(0, 0, 0), 0, 0, 0,
                        BigDecimal.ZERO),
                table3, Table4.zero(), List.of());
    }

    private final RollupReport rollup = RollupReport.of(report("CITY", 2), List.of(report("DEPT", 5)));

    @Test
    void markdownAndHtmlWriteTheSumThenOneBreakdownRowPerAgency() {
        String markdown = MarkdownReportWriter.write(rollup);
        String html = HtmlReportWriter.write(rollup);

        assertThat(markdown).startsWith("# 机关CITY（含所属机关汇总）2025年政府信息公开工作年度报告")
                .contains("| 一、本年新收政府信息公开申请数量 |  |  | 7 |")
                .contains("## 附：各机关明细")
                .contains("| 机关CITY | 2 | 0 | 0 | 2 | 0 | 0 | 0 | 0 |")
                .contains("| 机关DEPT | 5 | 0 | 0 | 5 | 0 | 0 | 0 | 0 |");
        assertThat(html).contains("<h2>附：各机关明细</h2>")
                .contains("<tr><td class=\"label\">机关DEPT</td><td>5</td><td>0</td><td>0</td><td>5</td>");
    }

    @Test
    void jsonIsTheSummedReportWithEachAgencysReportBeside() {
        String json = ReportJson.write(rollup);

        assertThat(ReportJson.read(json)).isEqualTo(rollup.total());
        List<?> agencies = (List<?>) ((Map<?, ?>) Json.parse(json)).get("agencies");
        assertThat(agencies).hasSize(2);
        assertThat(ReportJson.read(Json.write(agencies.get(1)))).isEqualTo(rollup.agencies().get(1));
    }
}
