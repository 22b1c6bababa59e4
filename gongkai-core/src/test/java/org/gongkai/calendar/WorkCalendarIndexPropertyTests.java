package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The calendar's indexed answers equal a plain day-by-day walk over {@link WorkCalendar#explain}, on seeded random
 * days from before the first known year to after the last, with and without one agency's overlapping closures,
 * and with known years that do not follow each other.
 */
class WorkCalendarIndexPropertyTests {

    private static final long SEED = 20261130L;
    private static final int RUNS = 4000;
    private static final String AGENCY = "SH-HZB";
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final int SPAN_DAYS = 16 * 365;

    private static final List<WorkCalendar> CALENDARS = List.of(
            WorkCalendar.bundled(),
            WorkCalendar.weekendsOnly(),
            WorkCalendar.weekendsOnly().withRevision(CalendarRevision.parseCsv("只有 2030 年的安排", LocalDate.of(2029, 12, 1),
                    "date,kind,name\n2029-12-31,off,元旦\n2030-01-01,off,元旦\n2030-02-02,work,春节调休\n")),
            WorkCalendar.bundled()
                    .withClosure(new AgencyClosure(AGENCY, LocalDate.of(2024, 7, 24), LocalDate.of(2024, 7, 26), "台风停工"))
                    .withClosure(new AgencyClosure(AGENCY, LocalDate.of(2024, 7, 26), LocalDate.of(2024, 8, 2), "台风停工"))
                    .withClosure(new AgencyClosure(AGENCY, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 8), "停电"))
                    .withClosure(new AgencyClosure("OTHER", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), "搬迁")));

    @Test
    void addWorkingDaysEqualsADayByDayWalk() {
        Random random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            WorkCalendar calendar = CALENDARS.get(random.nextInt(CALENDARS.size()));
            LocalDate from = randomDay(random);
            int n = random.nextInt(10) == 0 ? random.nextInt(400) : random.nextInt(45);
            String agency = random.nextBoolean() ? AGENCY : "";
            LocalDate fast = agency.isEmpty() ? calendar.addWorkingDays(from, n) : calendar.addWorkingDays(from, n, agency);
            assertThat(fast).as("%s + %d for %s", from, n, agency).isEqualTo(walkForward(calendar, from, n, agency));
        }
    }

    @Test
    void workingDaysBetweenEqualsADayByDayCount() {
        Random random = new Random(SEED + 1);
        for (int run = 0; run < RUNS; run++) {
            WorkCalendar calendar = CALENDARS.get(random.nextInt(CALENDARS.size()));
            LocalDate a = randomDay(random);
            LocalDate b = random.nextInt(10) == 0 ? randomDay(random) : a.plusDays(random.nextInt(120) - 30);
            String agency = random.nextBoolean() ? AGENCY : "";
            int fast = agency.isEmpty() ? calendar.workingDaysBetween(a, b) : calendar.workingDaysBetween(a, b, agency);
            int expected = b.isBefore(a) ? -count(calendar, b, a, agency) : count(calendar, a, b, agency);
            assertThat(fast).as("(%s, %s] for %s", a, b, agency).isEqualTo(expected);
        }
    }

    @Test
    void isWorkingDayEqualsTheExplanation() {
        Random random = new Random(SEED + 2);
        for (int run = 0; run < RUNS; run++) {
            WorkCalendar calendar = CALENDARS.get(random.nextInt(CALENDARS.size()));
            LocalDate day = randomDay(random);
            assertThat(calendar.isWorkingDay(day)).as("%s", day).isEqualTo(calendar.explain(day).working());
            assertThat(calendar.isWorkingDay(day, AGENCY)).as("%s", day).isEqualTo(calendar.explain(day, AGENCY).working());
        }
    }

    private static LocalDate randomDay(Random random) {
        return FIRST.plusDays(random.nextInt(SPAN_DAYS));
    }

    private static LocalDate walkForward(WorkCalendar calendar, LocalDate from, int n, String agency) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            counted += calendar.explain(day, agency).working() ? 1 : 0;
        }
        return day;
    }

    private static int count(WorkCalendar calendar, LocalDate fromExclusive, LocalDate toInclusive, String agency) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            count += calendar.explain(day, agency).working() ? 1 : 0;
        }
        return count;
    }
}
