package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working-day calendar (工作日): Monday–Friday, less official days off, plus make-up working days,
 * as decided by a sequence of effective-dated {@link CalendarRevision}s, less one agency's closures.
 *
 * <p>Immutable: {@link #withRevision} and {@link #withClosure} return a new calendar. A later revision
 * overrides an earlier one for the days it lists, and {@link #explain} names the revision that decided a day.
 */
public final class WorkCalendar {

    private static final String NATIONAL = "";

    private static final WorkCalendar BUNDLED = new WorkCalendar(BundledNotices.revisions(), List.of());

    private final List<CalendarRevision> revisions;
    private final List<AgencyClosure> closures;
    private final Map<LocalDate, Decision> decisions;
    private final Set<Integer> knownYears;

    private record Decision(CalendarRevision.Entry entry, CalendarRevision revision) {}

    private WorkCalendar(List<CalendarRevision> revisions, List<AgencyClosure> closures) {
        this.revisions = List.copyOf(revisions);
        this.closures = List.copyOf(closures);
        List<CalendarRevision> byStart = new ArrayList<>(this.revisions);
        byStart.sort((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom()));
        Map<LocalDate, Decision> decided = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        for (CalendarRevision revision : byStart) {
            revision.entries().values().forEach(e -> decided.put(e.date(), new Decision(e, revision)));
            years.addAll(revision.coveredYears());
        }
        this.decisions = decided;
        this.knownYears = java.util.Collections.unmodifiableSet(years);
    }

    /**
     * Return the calendar of the official days off and make-up working days 2019–2026: the bundled copy of
     * holidays-cn.csv, as one revision per State Council notice (including the 2019 Labour Day amendment and
     * the 2020 Spring Festival extension), each in force from its publication.
     */
    public static WorkCalendar bundled() {
        return BUNDLED;
    }

    /** Return a calendar that knows no year: Monday–Friday only, every answer provisional. */
    public static WorkCalendar weekendsOnly() {
        return new WorkCalendar(List.of(), List.of());
    }

    /**
     * Return this calendar with {@code revision} added; for the days it lists, it overrides revisions that
     * took effect earlier (or on the same day but were added before it).
     */
    public WorkCalendar withRevision(CalendarRevision revision) {
        List<CalendarRevision> more = new ArrayList<>(revisions);
        more.add(revision);
        return new WorkCalendar(more, closures);
    }

    /** Return this calendar with an unscheduled closure of one agency added. */
    public WorkCalendar withClosure(AgencyClosure closure) {
        List<AgencyClosure> more = new ArrayList<>(closures);
        more.add(closure);
        return new WorkCalendar(revisions, more);
    }

    /** Return the revisions, in the order they were added; unmodifiable. */
    public List<CalendarRevision> revisions() {
        return revisions;
    }

    /** Return the years some revision covers; unmodifiable, ascending. */
    public Set<Integer> knownYears() {
        return knownYears;
    }

    /** Return false when {@code day} lies in a year no revision covers (weekends only; results provisional). */
    public boolean isKnown(LocalDate day) {
        return knownYears.contains(day.getYear());
    }

    /** Explain {@code day} nationally: working or not, why, and which revision decided it. */
    public DayExplanation explain(LocalDate day) {
        return explain(day, NATIONAL);
    }

    /** Explain {@code day} for one agency, whose closures also count. */
    public DayExplanation explain(LocalDate day, String agencyCode) {
        boolean known = isKnown(day);
        Decision decision = decisions.get(day);
        DayExplanation national;
        if (decision != null) {
            DayReason reason = decision.entry().kind() == CalendarRevision.Kind.OFF
                    ? DayReason.HOLIDAY
                    : DayReason.MAKE_UP_WORKING_DAY;
            national = new DayExplanation(day, reason, Optional.of(decision.entry().name()),
                    Optional.of(decision.revision().name()), known);
        } else {
            DayOfWeek dow = day.getDayOfWeek();
            DayReason reason = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayReason.WEEKEND : DayReason.WEEKDAY;
            national = new DayExplanation(day, reason, Optional.empty(), Optional.empty(), known);
        }
        if (!national.working()) {
            return national;
        }
        return closures.stream()
                .filter(c -> c.covers(agencyCode, day))
                .findFirst()
                .map(c -> new DayExplanation(day, DayReason.CLOSURE, Optional.of(c.reason()),
                        Optional.of("机关 " + c.agencyCode() + " 临时停止办公 " + c.from() + " 至 " + c.to()), known))
                .orElse(national);
    }

    public boolean isWorkingDay(LocalDate day) {
        return explain(day).working();
    }

    public boolean isWorkingDay(LocalDate day, String agencyCode) {
        return explain(day, agencyCode).working();
    }

    /** Return the {@code n}-th working day strictly after {@code from} ({@code from} itself when n is 0). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return addWorkingDays(from, n, NATIONAL);
    }

    /** Return the {@code n}-th working day of one agency strictly after {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int n, String agencyCode) {
        if (n < 0) {
            throw new IllegalArgumentException("工作日数不能为负数：" + n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day, agencyCode)) {
                counted++;
            }
        }
        return day;
    }

    /** Return the number of working days W with {@code fromExclusive} < W ≤ {@code toInclusive}; negative if reversed. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return workingDaysBetween(fromExclusive, toInclusive, NATIONAL);
    }

    /** Return the number of one agency's working days W with {@code fromExclusive} < W ≤ {@code toInclusive}. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, String agencyCode) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive, agencyCode);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day, agencyCode)) {
                count++;
            }
        }
        return count;
    }
}
