package org.gongkai.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Severity;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.junit.jupiter.api.Test;

class ReportJsonTests {

    @Test
    void randomReportsWithUnknownCellsSurviveARoundTrip() {
        Random random = new Random(20250101L);
        for (int i = 0; i < 200; i++) {
            AnnualReport report = randomReport(random);
            assertThat(ReportJson.read(ReportJson.write(report))).as("report %d", i).isEqualTo(report);
        }
    }

    @Test
    void aRowWithNoKnownCellIsNullAndTheColumnsAreListed() {
        AnnualReport report = new AnnualReport("", "某局", null, ReportFormat.FORMAT_2019, Map.of(), Table2.unknown(),
                Table3.zero().with(Table3Row.OTHER_FEE_UNPAID, ApplicantColumn.NATURAL_PERSON, null)
                        .with(Table3Row.OTHER_FEE_UNPAID, ApplicantColumn.COMMERCIAL_ENTERPRISE, null)
                        .with(Table3Row.OTHER_FEE_UNPAID, ApplicantColumn.RESEARCH_INSTITUTION, null)
                        .with(Table3Row.OTHER_FEE_UNPAID, ApplicantColumn.PUBLIC_INTEREST_ORGANISATION, null)
                        .with(Table3Row.OTHER_FEE_UNPAID, ApplicantColumn.LEGAL_SERVICE_ORGANISATION, null)
                        .with(Table3Row.OTHER_FEE_UNPAID, ApplicantColumn.OTHER_ORGANISATION, null)
                        .with(Table3Row.OTHER_FEE_UNPAID, ApplicantColumn.TOTAL, null)
                        .with(Table3Row.OTHER, ApplicantColumn.TOTAL, null),
                Table4.zero(), List.of());

        String json = ReportJson.write(report);

        assertThat(json).contains("\"agencyCode\": null", "\"year\": null", "\"format\": \"2019\"", "\"table2\": null",
                "\"OTHER_FEE_UNPAID\": null", "\"columns\": [\n      \"NATURAL_PERSON\",");
        assertThat(json.replaceAll("\\s+", "")).contains("\"OTHER\":[0,0,0,0,0,0,null]");
    }

    @Test
    void readingIgnoresUnknownFieldsAndTreatsMissingFiguresAsUnknown() {
        AnnualReport report = ReportJson.read("""
                {"notes": "hand-read", "balanceHolds": true,
                 "table3": {"rows": {"NEW": [1, 0, 0, 0, 0, 0, 1]}},
                 "table4": {"REVIEW": [0, 0, 0, 1, 1]},
                 "table2": {"NORMATIVE_DOCUMENT": [1, 0, 5], "FEES_WAN_YUAN": "5949.088667"}}
                """);

        assertThat(report.format()).isEqualTo(ReportFormat.FORMAT_2021);
        assertThat(report.table3().cell(Table3Row.NEW, ApplicantColumn.TOTAL)).isEqualTo(1);
        assertThat(report.table3().cell(Table3Row.CARRIED_OVER, ApplicantColumn.TOTAL)).isNull();
        assertThat(report.table4().cell(AppealKind.REVIEW, Table4Column.PENDING)).isEqualTo(1);
        assertThat(report.table4().cell(AppealKind.LITIGATION_DIRECT, Table4Column.TOTAL)).isNull();
        assertThat(report.table2().normativeDocuments()).isEqualTo(new Table2.DocumentCounts(1, 0, 5));
        assertThat(report.table2().rules()).isEqualTo(Table2.DocumentCounts.UNKNOWN);
        assertThat(report.table2().feesWanYuan()).isEqualTo(new BigDecimal("5949.088667"));
    }

    @Test
    void aValueOfTheWrongKindIsRefusedWithItsPath() {
        assertThatThrownBy(() -> ReportJson.read("{\"table3\": {\"rows\": {\"NEW\": [1, 0, 0, 0, 0, 0, 1.5]}}}"))
                .hasMessage("$.table3.rows.NEW[6]：应为整数或 null，实际为 1.5。");
        assertThatThrownBy(() -> ReportJson.read("{\"table4\": {\"REVIEW\": [0, 0, 0, 0]}}"))
                .hasMessage("$.table4.REVIEW：应有 5 个数字，实际为 4 个。");
        assertThatThrownBy(() -> ReportJson.read("{\"format\": \"2020\"}"))
                .hasMessage("$.format：应为 \"2019\" 或 \"2021\"，实际为 \"2020\"。");
        assertThatThrownBy(() -> ReportJson.read("{\"table2\": {\"FEES_WAN_YUAN\": \"十万\"}}"))
                .hasMessage("$.table2.FEES_WAN_YUAN：应为写成字符串的十进制数，实际为 \"十万\"。");
    }

    private static AnnualReport randomReport(Random random) {
        Table3 table3 = Table3.unknown();
        for (Table3Row row : Table3Row.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                table3 = table3.with(row, column, figure(random));
            }
        }
        Table4 table4 = Table4.unknown();
        for (AppealKind kind : AppealKind.values()) {
            for (Table4Column column : Table4Column.values()) {
                table4 = table4.with(kind, column, figure(random));
            }
        }
        Table2 table2 = new Table2(new Table2.DocumentCounts(figure(random), figure(random), figure(random)),
                new Table2.DocumentCounts(figure(random), figure(random), figure(random)), figure(random),
                figure(random), figure(random),
                random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(5)));
        Map<ReportSection, String> prose = new EnumMap<>(ReportSection.class);
        if (random.nextBoolean()) {
            prose.put(ReportSection.OVERVIEW, "全年办理依申请公开 " + random.nextInt(9) + " 件。\n\"引号\"与\\反斜杠");
        }
        List<Finding> findings = random.nextBoolean() ? List.of()
                : List.of(new Finding("table3.balance", Severity.ERROR, List.of("table3.NEW.TOTAL"), "1", "2", "不平衡。"),
                        new Finding("prose.figures", Severity.WARNING, List.of(), "", "3", "正文不符。"));
        return new AnnualReport(random.nextBoolean() ? "" : "C" + random.nextInt(99), "机关" + random.nextInt(99),
                random.nextBoolean() ? null : 2019 + random.nextInt(7),
                random.nextBoolean() ? ReportFormat.FORMAT_2019 : ReportFormat.FORMAT_2021, prose, table2, table3,
                table4, findings);
    }

    /** Return a figure that is unknown a third of the time, and sometimes large or negative. */
    private static Integer figure(Random random) {
        int kind = random.nextInt(6);
        return kind < 2 ? null : kind == 5 ? random.nextInt(2_000_000) - 1000 : random.nextInt(10);
    }
}
