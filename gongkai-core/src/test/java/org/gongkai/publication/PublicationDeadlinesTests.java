package org.gongkai.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.AgencyClosure;
import org.gongkai.calendar.WorkCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PublicationDeadlinesTests {

    private static final PublicationDeadlines DEADLINES = new PublicationDeadlines(WorkCalendar.bundled(), CatalogueSettings.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "formed on Friday 2024-09-20 crosses National Day with make-up days 09-29 and 10-12, 2024-09-20, 2024-10-23",
        "formed on Monday 2024-03-04 with no holiday is due four weeks later, 2024-03-04, 2024-04-01",
        "formed on a Sunday (2024-03-03) the count starts on Monday, 2024-03-03, 2024-03-29",
    })
    void dueOnIsTwentyWorkingDaysAfterTheDayTheInformationWasFormed(String name, LocalDate formedOn, LocalDate dueOn) {
        assertThat(DEADLINES.dueOn(formedOn, "SH-HZB")).isEqualTo(dueOn);
    }

    @ParameterizedTest(name = "on {0}: {1}, {2} working days left")
    @CsvSource({
        "2024-10-08, ON_TIME, 12",
        "2024-10-16, NEARLY_LATE, 5",
        "2024-10-23, NEARLY_LATE, 0",
        "2024-10-24, LATE, -1",
        "2024-10-28, LATE, -3",
    })
    void statusOfAnUnpublishedDraftOnADay(LocalDate today, PublicationTimeliness timeliness, int left) {
        PublicationDue due = DEADLINES.statusOn(LocalDate.of(2024, 9, 20), "SH-HZB", today);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2024, 10, 23));
        assertThat(due.timeliness()).isEqualTo(timeliness);
        assertThat(due.workingDaysLeft()).isEqualTo(left);
        assertThat(due.provisional()).isFalse();
    }

    @Test
    void explanationNamesTheArticleTheDatesAndTheDaysLate() {
        PublicationDue due = DEADLINES.statusOn(LocalDate.of(2024, 9, 20), "SH-HZB", LocalDate.of(2024, 10, 28));
        assertThat(due.explanation()).isEqualTo("信息形成或变更于 2024-09-20，依《政府信息公开条例》第二十六条应于 2024-10-23 前公开，已逾期 3 个工作日。");
    }

    @Test
    void anAgencyClosureMovesOnlyThatAgencysDeadline() {
        WorkCalendar typhoon = WorkCalendar.bundled()
                .withClosure(new AgencyClosure("SH-HZB", LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12), "台风停工"));
        PublicationDeadlines deadlines = new PublicationDeadlines(typhoon, CatalogueSettings.defaults());
        assertThat(deadlines.dueOn(LocalDate.of(2024, 3, 4), "SH-HZB")).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(deadlines.dueOn(LocalDate.of(2024, 3, 4), "SH-FGW")).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void aYearWithoutHolidayDataGivesAProvisionalResult() {
        PublicationDue due = DEADLINES.statusOn(LocalDate.of(2031, 3, 3), "SH-HZB", LocalDate.of(2031, 3, 4));
        assertThat(due.provisional()).isTrue();
        assertThat(due.explanation()).contains("结果待核");
    }

    @Test
    void publishedLateIsJudgedAgainstTheDueDay() {
        assertThat(DEADLINES.publishedLate(LocalDate.of(2024, 9, 20), "SH-HZB", LocalDate.of(2024, 10, 23))).isFalse();
        assertThat(DEADLINES.publishedLate(LocalDate.of(2024, 9, 20), "SH-HZB", LocalDate.of(2024, 10, 24))).isTrue();
    }

    @Test
    void consoleListsLateAndNearlyLateDraftsMostUrgentFirst() {
        CatalogueContent content = CatalogueLifecycleTests.normativeDocument("办法", LocalDate.of(2024, 9, 1), Optional.empty());
        Draft late = Draft.of("D-late", content, LocalDate.of(2024, 9, 2), "wang");
        Draft nearly = Draft.of("D-nearly", content, LocalDate.of(2024, 9, 20), "wang");
        Draft fresh = Draft.of("D-fresh", content, LocalDate.of(2024, 10, 14), "wang");
        List<PublicationDeadlines.DraftDue> attention = DEADLINES.needingAttention(List.of(fresh, nearly, late), LocalDate.of(2024, 10, 18));
        assertThat(attention).extracting(d -> d.draft().id()).containsExactly("D-late", "D-nearly");
        assertThat(attention.get(0).due().timeliness()).isEqualTo(PublicationTimeliness.LATE);
        assertThat(attention.get(1).due().timeliness()).isEqualTo(PublicationTimeliness.NEARLY_LATE);
    }
}
