package org.gongkai.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportRulesTests {

    /** A consistent report: 3 requests from natural persons, 2 disclosed and 1 carried forward, one review upheld. */
    static AnnualReport consistent() {
        Table3 table3 = Table3.zero();
        for (Object[] cell : new Object[][] {
                {Table3Row.NEW, 3}, {Table3Row.DISCLOSED, 2}, {Table3Row.TOTAL_HANDLED, 2}, {Table3Row.CARRIED_FORWARD, 1}}) {
            table3 = table3.with((Table3Row) cell[0], ApplicantColumn.NATURAL_PERSON, (Integer) cell[1])
                    .with((Table3Row) cell[0], ApplicantColumn.TOTAL, (Integer) cell[1]);
        }
        Table4 table4 = Table4.zero().with(AppealKind.REVIEW, Table4Column.UPHELD, 1)
                .with(AppealKind.REVIEW, Table4Column.TOTAL, 1);
        Table2 table2 = new Table2(new Table2.DocumentCounts(0, 0, 0), new Table2.DocumentCounts(1, 0, 4), 0, 0, 0,
                BigDecimal.ZERO);
        return new AnnualReport("A", "某某局", 2025, ReportFormat.FORMAT_2021, Map.of(), table2, table3, table4,
                List.of());
    }

    static AnnualReport withTable3(AnnualReport report, Table3 table3) {
        return new AnnualReport(report.agencyCode(), report.agencyName(), report.year(), report.format(),
                report.prose(), report.table2(), table3, report.table4(), List.of());
    }

    static AnnualReport withTable4(AnnualReport report, Table4 table4) {
        return new AnnualReport(report.agencyCode(), report.agencyName(), report.year(), report.format(),
                report.prose(), report.table2(), report.table3(), table4, List.of());
    }

    @Test
    void aConsistentReportHasNoFinding() {
        assertThat(ReportRules.check(consistent())).isEmpty();
    }

    @Test
    void everyRuleHasAStableNameAndABasis() {
        assertThat(ReportRules.allCurrentRules()).extracting(ReportRule::name).doesNotHaveDuplicates()
                .contains("table3.balance", "table3.rowTotal", "table3.handledTotal", "table4.groupTotal",
                        "cells.nonNegative", "prose.figures");
        assertThat(ReportRules.allCurrentRules()).allSatisfy(rule -> assertThat(rule.basis()).isNotBlank());
        assertThat(ReportRules.allCrossYearRules()).extracting(CrossYearRule::name).containsExactly("table3.carriedOver");
    }

    @Test
    void breakingTheBalanceInOneColumnIsOneErrorNamingItsFourCells() {
        AnnualReport report = consistent();
        Table3 table = report.table3().with(Table3Row.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, 2)
                .with(Table3Row.CARRIED_FORWARD, ApplicantColumn.TOTAL, 2);

        List<Finding> findings = ReportRules.check(withTable3(report, table));

        assertThat(findings).extracting(Finding::rule).containsExactly("table3.balance", "table3.balance");
        Finding first = findings.get(0);
        assertThat(first.severity()).isEqualTo(Severity.ERROR);
        assertThat(first.cells()).containsExactly("table3.NEW.NATURAL_PERSON", "table3.CARRIED_OVER.NATURAL_PERSON",
                "table3.TOTAL_HANDLED.NATURAL_PERSON", "table3.CARRIED_FORWARD.NATURAL_PERSON");
        assertThat(first.expected()).isEqualTo("3");
        assertThat(first.found()).isEqualTo("4");
        assertThat(first.message()).isEqualTo("表三“自然人”列不平衡：本年新收 3 件加上年结转 0 件共 3 件，"
                + "而办理结果总计 2 件加结转下年度 2 件共 4 件；两者应当相等。");
        assertThat(findings.get(1).cells()).contains("table3.NEW.TOTAL");
    }

    @Test
    void aRowTotalThatIsNotTheSumOfItsApplicantColumnsIsAnError() {
        AnnualReport report = consistent();
        Table3 table = report.table3().with(Table3Row.PARTIALLY_DISCLOSED, ApplicantColumn.COMMERCIAL_ENTERPRISE, 1)
                .with(Table3Row.TOTAL_HANDLED, ApplicantColumn.COMMERCIAL_ENTERPRISE, 1)
                .with(Table3Row.NEW, ApplicantColumn.COMMERCIAL_ENTERPRISE, 1);

        List<Finding> findings = ReportRules.check(withTable3(report, table));

        assertThat(findings).extracting(Finding::rule).containsOnly("table3.rowTotal");
        Finding partial = findings.stream().filter(f -> f.cells().contains("table3.PARTIALLY_DISCLOSED.TOTAL"))
                .findFirst().orElseThrow();
        assertThat(partial.cells()).hasSize(7).startsWith("table3.PARTIALLY_DISCLOSED.NATURAL_PERSON");
        assertThat(partial.expected()).isEqualTo("1");
        assertThat(partial.found()).isEqualTo("0");
        assertThat(partial.message()).isEqualTo("表三“（二）部分公开”行：六类申请人合计 1 件，总计栏却为 0 件。");
    }

    @Test
    void aHandledTotalThatIsNotTheSumOfTheOutcomeRowsIsAnError() {
        AnnualReport report = consistent();
        Table3 table = report.table3().with(Table3Row.UNAVAILABLE_NOT_HELD, ApplicantColumn.TOTAL, 1);

        List<Finding> findings = ReportRules.check(withTable3(report, table));

        Finding handled = findings.stream().filter(f -> f.rule().equals("table3.handledTotal")).findFirst()
                .orElseThrow();
        assertThat(handled.cells()).hasSize(22).contains("table3.UNAVAILABLE_NOT_HELD.TOTAL")
                .endsWith("table3.TOTAL_HANDLED.TOTAL");
        assertThat(handled.expected()).isEqualTo("3");
        assertThat(handled.found()).isEqualTo("2");
        assertThat(handled.message()).isEqualTo("表三“总计”列：21 项办理结果合计 3 件，（七）总计却为 2 件。");
    }

    @Test
    void anAppealGroupTotalThatIsNotTheSumOfItsResultsIsAnError() {
        AnnualReport report = withTable4(consistent(),
                consistent().table4().with(AppealKind.LITIGATION_DIRECT, Table4Column.PENDING, 2));

        List<Finding> findings = ReportRules.check(report);

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.rule()).isEqualTo("table4.groupTotal");
        assertThat(finding.cells()).containsExactly("table4.LITIGATION_DIRECT.UPHELD", "table4.LITIGATION_DIRECT.CORRECTED",
                "table4.LITIGATION_DIRECT.OTHER", "table4.LITIGATION_DIRECT.PENDING", "table4.LITIGATION_DIRECT.TOTAL");
        assertThat(finding.expected()).isEqualTo("2");
        assertThat(finding.found()).isEqualTo("0");
        assertThat(finding.message())
                .isEqualTo("表四“行政诉讼·未经复议直接起诉”：结果维持、结果纠正、其他结果、尚未审结合计 2 件，总计却为 0 件。");
    }

    @Test
    void negativeCountsAndFeesAreErrors() {
        AnnualReport report = consistent();
        Table2 table2 = new Table2(new Table2.DocumentCounts(0, -1, 0), report.table2().normativeDocuments(), 0, 0, 0,
                new BigDecimal("-0.5"));
        AnnualReport broken = new AnnualReport("A", "某某局", 2025, ReportFormat.FORMAT_2021, Map.of(), table2,
                report.table3().with(Table3Row.NOT_PROCESSED_REPEATED, ApplicantColumn.OTHER_ORGANISATION, -1)
                        .with(Table3Row.NOT_PROCESSED_REPEATED, ApplicantColumn.TOTAL, -1)
                        .with(Table3Row.DISCLOSED, ApplicantColumn.OTHER_ORGANISATION, 1)
                        .with(Table3Row.DISCLOSED, ApplicantColumn.TOTAL, 3),
                report.table4(), List.of());

        List<Finding> findings = ReportRules.check(broken).stream()
                .filter(f -> f.rule().equals("cells.nonNegative")).toList();

        assertThat(findings).extracting(f -> f.cells().get(0)).containsExactly("table2.RULE.repealed",
                "table2.FEES_WAN_YUAN", "table3.NOT_PROCESSED_REPEATED.OTHER_ORGANISATION",
                "table3.NOT_PROCESSED_REPEATED.TOTAL");
        assertThat(findings).allSatisfy(f -> assertThat(f.expected()).isEqualTo("≥0"));
        assertThat(findings.get(0).message()).isEqualTo("表二“规章”的“本年废止件数”为负数 -1，件数不能为负。");
        assertThat(findings.get(1).found()).isEqualTo("-0.5");
        assertThat(findings.get(2).message())
                .isEqualTo("表三“2.重复申请”行“法人或其他组织·其他”列为负数 -1，件数不能为负。");
    }

    @Test
    void unknownCellsSkipTheChecksThatNeedThem() {
        AnnualReport report = consistent();
        Table3 table = report.table3().with(Table3Row.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, null)
                .with(Table3Row.DISCLOSED, ApplicantColumn.TOTAL, null)
                .with(Table3Row.NEW, ApplicantColumn.TOTAL, 5);

        List<Finding> findings = ReportRules.check(withTable3(report, table));

        assertThat(findings).extracting(Finding::rule).containsExactly("table3.balance", "table3.rowTotal");
        assertThat(findings.get(0).cells()).contains("table3.NEW.TOTAL");
        assertThat(ReportRules.check(withTable3(report, Table3.unknown()))).isEmpty();
    }

    @Test
    void theFormat2019HasNoRowsForTheFirstTwoOtherOutcomesAndTheyAreNotSummed() {
        AnnualReport report = consistent();
        Table3 table = report.table3().with(Table3Row.OTHER_NO_CLARIFICATION, ApplicantColumn.NATURAL_PERSON, null)
                .with(Table3Row.OTHER_FEE_UNPAID, ApplicantColumn.NATURAL_PERSON, null);
        AnnualReport format2019 = new AnnualReport("A", "某某局", 2019, ReportFormat.FORMAT_2019, Map.of(),
                Table2.unknown(), table, report.table4(), List.of());

        assertThat(ReportRules.check(format2019)).isEmpty();
        assertThat(ReportRules.check(withTable3(report, table))).isEmpty();
    }

    @Nested
    class AcrossYears {

        @Test
        void carriedOverThatDiffersFromLastYearsCarriedForwardIsAWarningPerColumn() {
            AnnualReport lastYear = new AnnualReport("A", "某某局", 2024, ReportFormat.FORMAT_2021, Map.of(),
                    consistent().table2(), consistent().table3(), consistent().table4(), List.of());
            AnnualReport thisYear = withTable3(consistent(), consistent().table3()
                    .with(Table3Row.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON, 2)
                    .with(Table3Row.CARRIED_OVER, ApplicantColumn.TOTAL, 2));

            List<Finding> findings = ReportRules.checkAcrossYears(thisYear, lastYear);

            assertThat(findings).hasSize(2);
            Finding finding = findings.get(0);
            assertThat(finding.rule()).isEqualTo("table3.carriedOver");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.cells()).containsExactly("table3.CARRIED_OVER.NATURAL_PERSON");
            assertThat(finding.expected()).isEqualTo("1");
            assertThat(finding.found()).isEqualTo("2");
            assertThat(finding.message())
                    .isEqualTo("表三“自然人”列：本年上年结转 2 件，而2024年报告的结转下年度继续办理为 1 件。");
        }

        @Test
        void matchingOrUnknownCarriedFiguresAreNoFinding() {
            AnnualReport lastYear = consistent();
            AnnualReport thisYear = withTable3(consistent(), Table3.unknown()
                    .with(Table3Row.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON, 1));

            assertThat(ReportRules.checkAcrossYears(thisYear, lastYear)).isEmpty();
        }
    }

    @Nested
    class Prose {

        private AnnualReport saying(String text) {
            return consistent().withProse(ReportSection.OVERVIEW, text);
        }

        @Test
        void figuresThatAgreeWithTheTablesAreNoFinding() {
            assertThat(ReportRules.check(saying("全年收到政府信息公开申请 3 件，全年办理依申请公开 2 件；"
                    + "结转下年度继续办理 1 件。行政复议1件，未发生行政诉讼案件。予以公开及部分公开2件。"))).isEmpty();
        }

        @Test
        void aHandledFigureThatDiffersIsAWarningNamingTheTotalCell() {
            List<Finding> findings = ReportRules.check(saying("二是规范做好依申请公开工作。全年办理依申请公开 5 件。"));

            assertThat(findings).hasSize(1);
            Finding finding = findings.get(0);
            assertThat(finding.rule()).isEqualTo("prose.figures");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.cells()).containsExactly("table3.TOTAL_HANDLED.TOTAL");
            assertThat(finding.expected()).isEqualTo("2");
            assertThat(finding.found()).isEqualTo("5");
            assertThat(finding.message()).isEqualTo("正文“办理依申请公开 5 件”与表格不符：表三（七）总计为 2 件。");
        }

        @Test
        void receivedAcceptsNewOrNewPlusCarriedOverAndNamesTheNewCell() {
            assertThat(ReportRules.check(saying("共受理政府信息公开申请4件。"))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.cells()).containsExactly("table3.NEW.TOTAL");
                        assertThat(f.expected()).isEqualTo("3");
                        assertThat(f.found()).isEqualTo("4");
                    });
            AnnualReport carriedOver = withTable3(consistent(), consistent().table3()
                    .with(Table3Row.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON, 1)
                    .with(Table3Row.CARRIED_OVER, ApplicantColumn.TOTAL, 1)
                    .with(Table3Row.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, 2)
                    .with(Table3Row.CARRIED_FORWARD, ApplicantColumn.TOTAL, 2))
                    .withProse(ReportSection.OVERVIEW, "共受理政府信息公开申请4件。");
            assertThat(ReportRules.check(carriedOver)).isEmpty();
        }

        @Test
        void statingNoAppealsWhenTable4HasOneIsAWarning() {
            assertThat(ReportRules.check(saying("上述申请均按时办结，未收到行政复议或诉讼。"))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.expected()).isEqualTo("1");
                        assertThat(f.found()).isEqualTo("0");
                        assertThat(f.cells()).contains("table4.REVIEW.TOTAL");
                    });
        }

        @Test
        void statingNoReviewsOrLawsuitsArisingFromDisclosureChecksBothGroups() {
            AnnualReport lawsuit = withTable4(consistent(), consistent().table4()
                    .with(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.PENDING, 1)
                    .with(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.TOTAL, 1));

            assertThat(ReportRules.check(lawsuit.withProse(ReportSection.OVERVIEW,
                    "本年度未发生因政府信息公开引起的行政复议、行政诉讼。")))
                    .extracting(Finding::cells)
                    .containsExactly(List.of("table4.REVIEW.TOTAL"),
                            List.of("table4.LITIGATION_DIRECT.TOTAL", "table4.LITIGATION_AFTER_REVIEW.TOTAL"));
        }

        @Test
        void aBreakdownByApplicantTypeIsNotReadAsTheTotal() {
            assertThat(ReportRules.check(saying("全年共受理政府信息公开申请 3 件，其中自然人申请 2 件，收到法人申请 1 件。")))
                    .isEmpty();
        }

        @Test
        void figuresWhoseTableCellsAreUnknownAreNotChecked() {
            AnnualReport unknown = withTable3(consistent(), Table3.unknown())
                    .withProse(ReportSection.OVERVIEW, "全年办理依申请公开 5 件。");

            assertThat(ReportRules.check(unknown)).isEmpty();
        }
    }
}
