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
    private static final long[] NONE_CLOSED = {};

    private static final WorkCalendar BUNDLED = new WorkCalendar(BundledNotices.revisions(), List.of());

    private final List<CalendarRevision> revisions;
    private final List<AgencyClosure> closures;
    private final Map<LocalDate, Decision> decisions;
    private final Set<Integer> knownYears;
    private final WorkingDayIndex index;
    private final Map<String, long[]> closedWorkingDays;

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
        this.index = WorkingDayIndex.of(decided.keySet(), years, day -> nationalReason(day).working());
        this.closedWorkingDays = closedWorkingDays(this.closures);
    }

    /** Return, per agency with closures, the national working days its closures take away, as sorted epoch days. */
    private Map<String, long[]> closedWorkingDays(List<AgencyClosure> closures) {
        Map<String, Set<Long>> days = new HashMap<>();
        for (AgencyClosure closure : closures) {
            Set<Long> closed = days.computeIfAbsent(closure.agencyCode(), code -> new TreeSet<>());
            for (LocalDate day = closure.from(); !day.isAfter(closure.to()); day = day.plusDays(1)) {
                if (index.isWorkingDay(day.toEpochDay())) {
                    closed.add(day.toEpochDay());
                }
            }
        }
        Map<String, long[]> sorted = new HashMap<>();
        days.forEach((code, closed) -> sorted.put(code, closed.stream().mapToLong(Long::longValue).toArray()));
        return sorted;
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
            national = new DayExplanation(day, nationalReason(day), Optional.empty(), Optional.empty(), known);
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

    private DayReason nationalReason(LocalDate day) {
        Decision decision = decisions.get(day);
        if (decision != null) {
            return decision.entry().kind() == CalendarRevision.Kind.OFF ? DayReason.HOLIDAY : DayReason.MAKE_UP_WORKING_DAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? DayReason.WEEKEND : DayReason.WEEKDAY;
    }

    /** Return whether every day from {@code first} to {@code last} inclusive lies in a year the calendar knows. */
    public boolean allKnown(LocalDate first, LocalDate last) {
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            if (!knownYears.contains(year)) {
                return false;
            }
        }
        return true;
    }

    public boolean isWorkingDay(LocalDate day) {
        return index.isWorkingDay(day.toEpochDay());
    }

    public boolean isWorkingDay(LocalDate day, String agencyCode) {
        long epochDay = day.toEpochDay();
        return index.isWorkingDay(epochDay) && closedBetween(closed(agencyCode), epochDay - 1, epochDay) == 0;
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
        long[] closed = closed(agencyCode);
        long day = from.toEpochDay();
        int missing = n;
        while (missing > 0) {
            long next = index.addWorkingDays(day, missing);
            missing = closedBetween(closed, day, next);
            day = next;
        }
        return LocalDate.ofEpochDay(day);
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
        long from = fromExclusive.toEpochDay();
        long to = toInclusive.toEpochDay();
        return index.workingDaysBetween(from, to) - closedBetween(closed(agencyCode), from, to);
    }

    private long[] closed(String agencyCode) {
        return closedWorkingDays.isEmpty() ? NONE_CLOSED : closedWorkingDays.getOrDefault(agencyCode, NONE_CLOSED);
    }

    /** Return how many of the sorted epoch days {@code closed} lie in (fromExclusive, toInclusive]. */
    private static int closedBetween(long[] closed, long fromExclusive, long toInclusive) {
        if (closed.length == 0) {
            return 0;
        }
        return firstAfter(closed, toInclusive) - firstAfter(closed, fromExclusive);
    }

    private static int firstAfter(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
