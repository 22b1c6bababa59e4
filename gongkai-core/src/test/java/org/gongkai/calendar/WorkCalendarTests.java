package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkCalendarTests {

    private static final WorkCalendar BUNDLED = WorkCalendar.bundled();
    private static final String EXTENSION_2020 = "国办发明电〔2020〕1号（延长2020年春节假期）";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-09-28 | make-up Sunday before National Day 2025                | true
            2025-10-01 | National Day                                           | false
            2025-10-08 | last day of the 8-day National Day and Mid-Autumn 2025 | false
            2025-10-09 | Thursday after it                                      | true
            2025-10-11 | make-up Saturday                                       | true
            2025-10-12 | ordinary Sunday                                        | false
            2024-02-09 | Friday 除夕 2024, only encouraged as rest              | true
            2025-01-28 | 除夕 2025, a statutory day off since the 2025 revision  | false
            2020-02-01 | Saturday make-up day cancelled by the 2020 extension   | false
            2020-02-03 | Monday work resumed in 2020                            | true
            2019-05-02 | Labour Day 2019 as amended                             | false
            2018-12-29 | make-up Saturday listed in the 2019 notice             | true
            2026-02-28 | make-up Saturday after Spring Festival 2026            | true
            2027-01-01 | Friday in unknown 2027 counts as a weekday             | true
            """)
    void isWorkingDayFollowsTheNotices(LocalDate day, String why, boolean working) {
        assertThat(BUNDLED.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void knownYearsAreThoseTheBundledNoticesCover() {
        assertThat(BUNDLED.knownYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(BUNDLED.isKnown(LocalDate.of(2018, 12, 29))).isFalse();
        assertThat(BUNDLED.isKnown(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(BUNDLED.isKnown(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(BUNDLED.explain(LocalDate.of(2027, 1, 1)).why()).contains("临时结果");
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            2025-09-26, 1, 2025-09-28
            2025-09-30, 1, 2025-10-09
            2025-09-26, 20, 2025-10-30
            2020-01-23, 1, 2020-02-03
            2025-01-27, 1, 2025-02-05
            2025-03-03, 0, 2025-03-03
            """)
    void addWorkingDaysCountsStrictlyAfter(LocalDate from, int n, LocalDate expected) {
        // 09-26 Fri -> Sun 09-28 make-up; 09-30 -> 10-09 after the 8 days off; 2020-01-23 -> 02-03 after the
        // extended Spring Festival; 2025-01-27 -> 02-05 after 01-28..02-04 off.
        assertThat(BUNDLED.addWorkingDays(from, n)).isEqualTo(expected);
        assertThat(BUNDLED.workingDaysBetween(from, expected)).isEqualTo(n);
        assertThat(BUNDLED.workingDaysBetween(expected, from)).isEqualTo(-n);
    }

    @ParameterizedTest(name = "{0} decided by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2018-12-29 | 国办发明电〔2018〕15号（2019年节假日安排）
            2019-05-01 | 国办发明电〔2018〕15号（2019年节假日安排）
            2019-05-02 | 国办发明电〔2019〕3号（调整2019年劳动节假期）
            2019-04-28 | 国办发明电〔2019〕3号（调整2019年劳动节假期）
            2020-01-30 | 国办发明电〔2019〕16号（2020年节假日安排）
            2020-01-31 | 国办发明电〔2020〕1号（延长2020年春节假期）
            2020-02-01 | 国办发明电〔2020〕1号（延长2020年春节假期）
            2022-12-31 | 国办发明电〔2022〕16号（2023年节假日安排）
            2025-10-11 | 国办发明电〔2024〕12号（2025年节假日安排）
            2026-02-28 | 国办发明电〔2025〕7号（2026年节假日安排）
            """)
    void bundledDaysAreDecidedByTheirOwnNotice(LocalDate day, String notice) {
        assertThat(BUNDLED.explain(day).decidedBy()).hasValue(notice);
    }

    @Test
    void bundledRevisionsAreTheTenNoticesInForceFromTheirPublication() {
        assertThat(BUNDLED.revisions()).hasSize(10);
        assertThat(BUNDLED.revisions().get(3).name()).isEqualTo("国办发明电〔2020〕1号（延长2020年春节假期）");
        assertThat(BUNDLED.revisions().get(3).effectiveFrom()).isEqualTo("2020-01-27");
        assertThat(BUNDLED.revisions().stream().mapToInt(r -> r.entries().size()).sum()).isEqualTo(285);
    }

    @Test
    void laterRevisionOverridesAndIsNamedAsTheDecider() {
        // The original 2020 Spring Festival notice: 01-24..30 off, Sun 01-19 and Sat 02-01 make-up working days.
        WorkCalendar original = WorkCalendar.weekendsOnly().withRevision(CalendarRevision.parseCsv(
                "国办发明电〔2019〕16号", LocalDate.of(2019, 11, 21), """
                date,kind,name
                2020-01-19,work,春节
                2020-01-24,off,春节
                2020-01-25,off,春节
                2020-01-26,off,春节
                2020-01-27,off,春节
                2020-01-28,off,春节
                2020-01-29,off,春节
                2020-01-30,off,春节
                2020-02-01,work,春节
                """));
        WorkCalendar extended = original.withRevision(CalendarRevision.parseCsv(EXTENSION_2020, LocalDate.of(2020, 1, 27), """
                date,kind,name
                2020-01-31,off,春节
                2020-02-01,off,春节
                2020-02-02,off,春节
                """));
        assertThat(original.isWorkingDay(LocalDate.of(2020, 1, 31))).isTrue();
        assertThat(original.isWorkingDay(LocalDate.of(2020, 2, 1))).isTrue();
        assertThat(extended.isWorkingDay(LocalDate.of(2020, 1, 31))).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse();
        assertThat(extended.explain(LocalDate.of(2020, 2, 1)).decidedBy()).hasValue(EXTENSION_2020);
        assertThat(extended.explain(LocalDate.of(2020, 1, 25)).decidedBy()).hasValue("国办发明电〔2019〕16号");
        assertThat(extended.explain(LocalDate.of(2020, 2, 3)).decidedBy()).isEmpty();
        // 20 working days after Mon 2020-01-20: originally 01-21..23, 01-31, Sat 02-01 = 1..5, 02-03..07 = 6..10, ...,
        // 02-17..21 = 16..20; with the extension 01-31 and 02-01 no longer count, so two more: 02-24, 02-25.
        assertThat(original.addWorkingDays(LocalDate.of(2020, 1, 20), 20)).isEqualTo("2020-02-21");
        assertThat(extended.addWorkingDays(LocalDate.of(2020, 1, 20), 20)).isEqualTo("2020-02-25");
        assertThat(extended.revisions()).hasSize(2);
    }

    @Test
    void newYearNoticeMakesItsYearKnownButNotThePreviousDecember() {
        WorkCalendar with2027 = BUNDLED.withRevision(CalendarRevision.parseCsv("2027 notice (invented)", LocalDate.of(2026, 11, 1), """
                date,kind,name
                2026-12-31,off,元旦
                2027-01-01,off,元旦
                """));
        assertThat(with2027.isKnown(LocalDate.of(2027, 6, 1))).isTrue();
        assertThat(with2027.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(with2027.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
    }

    @Test
    void closureAppliesToItsAgencyOnlyAndOnlyToWorkingDays() {
        WorkCalendar typhoon = BUNDLED.withClosure(new AgencyClosure("FJ-PT", LocalDate.of(2025, 9, 26),
                LocalDate.of(2025, 9, 28), "平潭台风停工令"));
        assertThat(typhoon.isWorkingDay(LocalDate.of(2025, 9, 26), "FJ-PT")).isFalse();
        assertThat(typhoon.isWorkingDay(LocalDate.of(2025, 9, 26), "SH-HZB")).isTrue();
        assertThat(typhoon.isWorkingDay(LocalDate.of(2025, 9, 26))).isTrue();
        assertThat(typhoon.explain(LocalDate.of(2025, 9, 28), "FJ-PT").reason()).isEqualTo(DayReason.CLOSURE);
        assertThat(typhoon.explain(LocalDate.of(2025, 9, 27), "FJ-PT").reason()).isEqualTo(DayReason.WEEKEND);
        assertThat(typhoon.addWorkingDays(LocalDate.of(2025, 9, 25), 1, "FJ-PT")).isEqualTo("2025-09-29");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-header.csv            | 第 1 行：表头应为“date,kind,name”
            wrong-column-count.csv    | 第 2 行：有 2 列
            bad-date.csv              | 第 2 行：日期“2027-02-30”不是 yyyy-mm-dd 格式的有效日期
            bad-kind.csv              | 第 2 行：类型“holiday”无效
            missing-name.csv          | 第 2 行：缺少节日名称
            duplicate-date.csv        | 第 3 行：日期 2027-01-01 重复出现
            work-on-weekday.csv       | 第 2 行：2027-01-05 是周一至周五
            before-effective-date.csv | 第 2 行：日期 2026-11-30 早于本次安排的生效日 2026-12-01
            no-rows.csv               | 没有任何日期行
            """)
    void malformedRevisionIsRejectedNamingTheLine(String fixture, String message) throws IOException {
        String csv;
        try (InputStream in = getClass().getResourceAsStream("malformed/" + fixture)) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThatThrownBy(() -> CalendarRevision.parseCsv("测试", LocalDate.of(2026, 12, 1), csv))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageStartingWith("节假日安排“测试”")
                .hasMessageContaining(message);
    }
}
