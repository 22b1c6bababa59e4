package org.gongkai.report.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.appeal.AppealResult;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.DecisionCounts;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Outcome;
import org.junit.jupiter.api.Test;

class RollupReportTests {

    private final ReportCompiler compiler = new Records()
            .agency("CITY", null).agency("DEPT", "CITY").agency("DISTRICT", "CITY").agency("TOWN", "DISTRICT")
            .agency("OTHER-CITY", null)
            .closed("CITY", ApplicantType.NATURAL_PERSON, "2025-01-05", "2025-01-20", Outcome.DISCLOSED)
            .closed("DEPT", ApplicantType.NATURAL_PERSON, "2025-02-05", "2025-02-20", Outcome.DISCLOSED)
            .open("TOWN", ApplicantType.RESEARCH_INSTITUTION, "2025-12-05")
            .closed("OTHER-CITY", ApplicantType.NATURAL_PERSON, "2025-01-05", "2025-01-20", Outcome.DISCLOSED)
            .appeal("TOWN", AppealKind.REVIEW, "2025-03-01", AppealResult.UPHELD, "2025-05-01")
            .decisions(new DecisionCounts("DEPT", 2025, 5, 0, 0, new BigDecimal("0.5")))
            .decisions(new DecisionCounts("TOWN", 2025, 2, 1, 0, new BigDecimal("0.25")))
            .compiler();

    @Test
    void rollUpSumsTheOfficeAndEveryDescendantCellByCellAndKeepsEachReport() {
        RollupReport rollup = compiler.rollUp("CITY", 2025);

        assertThat(rollup.agencies()).extracting(AnnualReport::agencyCode)
                .containsExactly("CITY", "DEPT", "DISTRICT", "TOWN");
        AnnualReport total = rollup.total();
        assertThat(total.agencyCode()).isEqualTo("CITY");
        assertThat(total.title()).isEqualTo("机关CITY（含所属机关汇总）2025年政府信息公开工作年度报告");
        assertThat(total.table3().cell(Table3Row.DISCLOSED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(2);
        assertThat(total.table3().cell(Table3Row.NEW, ApplicantColumn.TOTAL)).isEqualTo(3);
        assertThat(total.table3().cell(Table3Row.CARRIED_FORWARD, ApplicantColumn.RESEARCH_INSTITUTION)).isEqualTo(1);
        assertThat(total.table4().cell(AppealKind.REVIEW, Table4Column.UPHELD)).isEqualTo(1);
        assertThat(total.table2().licensing()).isEqualTo(7);
        assertThat(total.table2().penalty()).isEqualTo(1);
        assertThat(total.table2().feesWanYuan()).isEqualByComparingTo("0.75");
        assertThat(total.findings()).isEmpty();
        for (Table3Row row : Table3Row.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                int sum = rollup.agencies().stream().mapToInt(r -> r.table3().cell(row, column)).sum();
                assertThat(total.table3().cell(row, column)).as("%s %s", row, column).isEqualTo(sum);
            }
        }
    }

    @Test
    void rollUpOfAnAgencyWithoutDescendantsIsItsOwnReport() {
        RollupReport rollup = compiler.rollUp("OTHER-CITY", 2025);

        assertThat(rollup.agencies()).hasSize(1);
        assertThat(rollup.total().table3()).isEqualTo(compiler.compile("OTHER-CITY", 2025).table3());
    }
}
