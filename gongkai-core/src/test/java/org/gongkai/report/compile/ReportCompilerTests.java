package org.gongkai.report.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.calendar.WorkCalendar;
import org.gongkai.appeal.AppealResult;
import org.gongkai.publication.PublicationKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.DecisionCounts;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.rules.ReportRules;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.Outcome;
import org.gongkai.request.StatutoryClock;
import org.junit.jupiter.api.Test;

class ReportCompilerTests {

    @Test
    void requestReceivedInOneYearAndClosedInTheNextIsCarriedForwardThenCarriedOver() {
        ReportCompiler compiler = new Records().agency("A", null)
                .closed("A", ApplicantType.COMMERCIAL_ENTERPRISE, "2024-12-20", "2025-01-10", Outcome.DISCLOSED)
                .closed("A", ApplicantType.NATURAL_PERSON, "2024-03-01", "2024-03-15", Outcome.PARTIALLY_DISCLOSED)
                .open("A", ApplicantType.NATURAL_PERSON, "2025-12-30")
                .compiler();

        AnnualReport y2024 = compiler.compile("A", 2024);
        AnnualReport y2025 = compiler.compile("A", 2025);

        assertThat(y2024.table3().cell(Table3Row.NEW, ApplicantColumn.TOTAL)).isEqualTo(2);
        assertThat(y2024.table3().cell(Table3Row.TOTAL_HANDLED, ApplicantColumn.TOTAL)).isEqualTo(1);
        assertThat(y2024.table3().cell(Table3Row.CARRIED_FORWARD, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(1);
        assertThat(y2025.table3().cell(Table3Row.CARRIED_OVER, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(1);
        assertThat(y2025.table3().cell(Table3Row.DISCLOSED, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(1);
        assertThat(y2025.table3().cell(Table3Row.NEW, ApplicantColumn.NATURAL_PERSON)).isEqualTo(1);
        assertThat(y2025.table3().cell(Table3Row.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON)).isEqualTo(1);
        assertThat(y2025.table3().cell(Table3Row.PARTIALLY_DISCLOSED, ApplicantColumn.NATURAL_PERSON)).isZero();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            for (AnnualReport report : new AnnualReport[] {y2024, y2025}) {
                assertThat(report.table3().cell(Table3Row.NEW, column) + report.table3().cell(Table3Row.CARRIED_OVER, column))
                        .as("%s %s", report.year(), column)
                        .isEqualTo(report.table3().cell(Table3Row.TOTAL_HANDLED, column)
                                + report.table3().cell(Table3Row.CARRIED_FORWARD, column));
            }
        }
        assertThat(y2024.findings()).isEmpty();
        assertThat(y2025.findings()).isEmpty();
        assertThat(ReportRules.checkAcrossYears(y2025, y2024)).isEmpty();
    }

    @Test
    void withdrawalCountsAsOtherAndRequestsOutsideTheYearAreNotCounted() {
        AnnualReport report = new Records().agency("A", null)
                .withdrawn("A", ApplicantType.LEGAL_SERVICE_ORGANISATION, "2025-02-01", "2025-02-03")
                .closed("A", ApplicantType.NATURAL_PERSON, "2024-02-01", "2024-12-31", Outcome.DISCLOSED)
                .open("A", ApplicantType.NATURAL_PERSON, "2026-01-01")
                .compiler().compile("A", 2025);

        assertThat(report.table3().cell(Table3Row.OTHER, ApplicantColumn.LEGAL_SERVICE_ORGANISATION)).isEqualTo(1);
        assertThat(report.table3().cell(Table3Row.NEW, ApplicantColumn.TOTAL)).isEqualTo(1);
        assertThat(report.table3().cell(Table3Row.CARRIED_OVER, ApplicantColumn.TOTAL)).isZero();
        assertThat(report.table3().cell(Table3Row.CARRIED_FORWARD, ApplicantColumn.TOTAL)).isZero();
    }

    @Test
    void table2CountsIssuedRepealedAndInForceAtTheEndOfTheYear() {
        AnnualReport report = new Records().agency("A", null)
                .publication("A", PublicationKind.RULE, "2025-03-01", null, null)
                .publication("A", PublicationKind.NORMATIVE_DOCUMENT, "2021-03-01", "2025-06-30", null)
                .publication("A", PublicationKind.NORMATIVE_DOCUMENT, "2022-03-01", null, "2025-12-31")
                .publication("A", PublicationKind.NORMATIVE_DOCUMENT, "2023-03-01", null, "2026-01-01")
                .publication("A", PublicationKind.NORMATIVE_DOCUMENT, "2026-01-02", null, null)
                .publication("A", PublicationKind.OTHER, "2025-05-01", null, null)
                .decisions(new DecisionCounts("A", 2025, 3, 2, 1, new BigDecimal("1.25")))
                .decisions(new DecisionCounts("A", 2024, 9, 9, 9, new BigDecimal("9")))
                .compiler().compile("A", 2025);

        assertThat(report.table2()).isEqualTo(new Table2(new Table2.DocumentCounts(1, 0, 1),
                new Table2.DocumentCounts(0, 1, 1), 3, 2, 1, new BigDecimal("1.25")));
    }

    @Test
    void table4CountsAppealsFiledInTheYearAndTreatsLaterDecisionsAsPending() {
        AnnualReport report = new Records().agency("A", null)
                .appeal("A", AppealKind.REVIEW, "2025-02-01", AppealResult.UPHELD, "2025-04-01")
                .appeal("A", AppealKind.REVIEW, "2025-11-01", AppealResult.CORRECTED, "2026-01-15")
                .appeal("A", AppealKind.LITIGATION_AFTER_REVIEW, "2025-05-01", AppealResult.OTHER, "2025-09-01")
                .appeal("A", AppealKind.LITIGATION_DIRECT, "2024-05-01", null, null)
                .compiler().compile("A", 2025);

        assertThat(report.table4().cell(AppealKind.REVIEW, Table4Column.UPHELD)).isEqualTo(1);
        assertThat(report.table4().cell(AppealKind.REVIEW, Table4Column.PENDING)).isEqualTo(1);
        assertThat(report.table4().cell(AppealKind.REVIEW, Table4Column.CORRECTED)).isZero();
        assertThat(report.table4().cell(AppealKind.REVIEW, Table4Column.TOTAL)).isEqualTo(2);
        assertThat(report.table4().cell(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.OTHER)).isEqualTo(1);
        assertThat(report.table4().cell(AppealKind.LITIGATION_DIRECT, Table4Column.TOTAL)).isZero();
    }

    @Test
    void table4WithCarriedOverCasesAlsoCountsThoseStillPendingOnTheFirstOfJanuary() {
        Records records = new Records().agency("A", null)
                .appeal("A", AppealKind.REVIEW, "2024-11-01", AppealResult.UPHELD, "2025-02-10")
                .appeal("A", AppealKind.REVIEW, "2024-12-01", null, null)
                .appeal("A", AppealKind.REVIEW, "2024-03-01", AppealResult.CORRECTED, "2024-12-31")
                .appeal("A", AppealKind.REVIEW, "2025-06-01", AppealResult.OTHER, "2025-08-01")
                .appeal("A", AppealKind.REVIEW, "2026-01-05", null, null);

        AnnualReport filedOnly = records.compiler().compile("A", 2025);
        AnnualReport carried = records.compiler().withTable4Scope(Table4Scope.WITH_CARRIED_OVER).compile("A", 2025);

        assertThat(filedOnly.table4().cell(AppealKind.REVIEW, Table4Column.TOTAL)).isEqualTo(1);
        assertThat(filedOnly.table4().cell(AppealKind.REVIEW, Table4Column.UPHELD)).isZero();
        assertThat(carried.table4().cell(AppealKind.REVIEW, Table4Column.UPHELD)).isEqualTo(1);
        assertThat(carried.table4().cell(AppealKind.REVIEW, Table4Column.PENDING)).isEqualTo(1);
        assertThat(carried.table4().cell(AppealKind.REVIEW, Table4Column.OTHER)).isEqualTo(1);
        assertThat(carried.table4().cell(AppealKind.REVIEW, Table4Column.CORRECTED)).isZero();
        assertThat(carried.table4().cell(AppealKind.REVIEW, Table4Column.TOTAL)).isEqualTo(3);
        assertThat(records.compiler().withTable4Scope(Table4Scope.WITH_CARRIED_OVER).overview("A", 2025).reviews())
                .isEqualTo(3);
    }

    @Test
    void table4LeavesOutACaseInWhichTheAgencyIsOnlyCoDefendantAsTheReviewOrgan() {
        AnnualReport report = new Records().agency("A", null)
                .appeal("A", AppealKind.LITIGATION_AFTER_REVIEW, "2025-05-01", null, null)
                .coDefendantAppeal("A", "2025-06-01")
                .compiler().compile("A", 2025);

        assertThat(report.table4().cell(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.PENDING)).isEqualTo(1);
        assertThat(report.table4().cell(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.TOTAL)).isEqualTo(1);
    }

    @Test
    void overviewGivesTheFiguresOfSectionOneAndTheDraftStatesThem() {
        Records records = new Records().agency("A", null)
                .closed("A", ApplicantType.NATURAL_PERSON, "2025-01-05", "2025-01-20", Outcome.DISCLOSED)
                .closed("A", ApplicantType.NATURAL_PERSON, "2025-03-05", "2025-05-20", Outcome.DISCLOSED)
                .closed("A", ApplicantType.NATURAL_PERSON, "2025-04-05", "2025-04-20", Outcome.NOT_PROCESSED_REPEATED)
                .publication("A", PublicationKind.OTHER, "2025-05-01", null, null)
                .appeal("A", AppealKind.LITIGATION_DIRECT, "2025-05-01", null, null);
        ReportCompiler compiler = records.compiler();

        OverviewFigures figures = compiler.overview("A", 2025);

        assertThat(figures).isEqualTo(new OverviewFigures(2025, 1, 3, 0, 3, java.util.Optional.of(2), 0, 0, 1));
        assertThat(figures.onTimePercent()).contains(new BigDecimal("66.7"));
        AnnualReport report = compiler.compile("A", 2025);
        assertThat(report.prose().get(ReportSection.OVERVIEW)).isEqualTo(figures.draft())
                .contains("全年收到政府信息公开申请 3 件").contains("按时办结 2 件，占 66.7%")
                .contains("被提起行政诉讼 1 件");
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void unknownAgencyIsRefusedWithItsCode() {
        ReportCompiler compiler = new Records().agency("A", null).compiler();

        assertThat(compiler.knows("B")).isFalse();
        assertThatThrownBy(() -> compiler.compile("B", 2025))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B");
    }

    @Test
    void yearsBeforeThe2021FormatAreRefused() {
        ReportCompiler compiler = new Records().agency("A", null).compiler();

        assertThatThrownBy(() -> compiler.compile("A", 2020))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020");
        assertThat(compiler.compile("A", ReportCompiler.FIRST_YEAR).year()).isEqualTo(2021);
    }

    @Test
    void withTheStatutoryClockARequestClosedAfterItsDueDateIsNotOnTime() {
        ReportCompiler compiler = ReportCompiler.of(new Records().agency("A", null)
                        .closed("A", ApplicantType.NATURAL_PERSON, "2025-03-03", "2025-03-20", Outcome.DISCLOSED)
                        .closed("A", ApplicantType.NATURAL_PERSON, "2025-01-02", "2025-03-20", Outcome.DISCLOSED)
                        .dataset(),
                new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults()));

        OverviewFigures figures = compiler.overview("A", 2025);

        assertThat(figures.requestsClosedOnTime()).contains(1);
        assertThat(figures.onTimePercent()).contains(new BigDecimal("50.0"));
    }
}
