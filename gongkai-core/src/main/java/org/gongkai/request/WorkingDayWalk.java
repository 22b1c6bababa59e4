package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gongkai.calendar.WorkCalendar;

/** Walk day by day from a start, counting one agency's working days not paused, and tell a listener about each day. */
final class WorkingDayWalk {

    /** Working days W with {@code afterExclusive} < W ≤ {@code untilInclusive} are not counted. */
    record Pause(LocalDate afterExclusive, LocalDate untilInclusive, Supplier<String> label) {
        boolean covers(LocalDate day) {
            return day.isAfter(afterExclusive) && !day.isAfter(untilInclusive);
        }
    }

    /** Hears every day walked: the pause that kept it from counting, if any, and the count after it. */
    interface DayListener {
        DayListener NONE = new DayListener() {
            @Override
            public void day(LocalDate day, Pause pause, boolean counts, int counted) {}

            @Override
            public void end() {}
        };

        void day(LocalDate day, Pause pause, boolean counts, int counted);

        void end();
    }

    record Result(LocalDate end, Set<Integer> unknownYears) {
        boolean provisional() {
            return !unknownYears.isEmpty();
        }

        /** Return the warning a provisional result carries. */
        String provisionalWarning() {
            return "临时结果：日历没有 " + unknownYears.stream().map(String::valueOf).collect(Collectors.joining("、"))
                    + " 年的节假日安排，这些年份只按周末计算，公布放假安排后须重新计算";
        }
    }

    private WorkingDayWalk() {}

    /** Walk from {@code fromExclusive} until {@code target} days are counted. */
    static Result walk(WorkCalendar calendar, String agency, LocalDate fromExclusive, int target, List<Pause> pauses,
            ClockTrace trace) {
        DayListener listener = trace.walk(calendar, agency);
        LocalDate day = fromExclusive;
        int counted = 0;
        while (counted < target) {
            day = day.plusDays(1);
            boolean working = calendar.isWorkingDay(day, agency);
            Pause pause = working ? covering(pauses, day) : null;
            boolean counts = working && pause == null;
            if (counts) {
                counted++;
            }
            listener.day(day, pause, counts, counted);
        }
        listener.end();
        return new Result(day, unknownYears(calendar, fromExclusive.plusDays(1), day));
    }

    private static Pause covering(List<Pause> pauses, LocalDate day) {
        for (Pause pause : pauses) {
            if (pause.covers(day)) {
                return pause;
            }
        }
        return null;
    }

    private static Set<Integer> unknownYears(WorkCalendar calendar, LocalDate first, LocalDate last) {
        if (last.isBefore(first) || calendar.allKnown(first, last)) {
            return Set.of();
        }
        Set<Integer> unknown = new TreeSet<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            if (!calendar.knownYears().contains(year)) {
                unknown.add(year);
            }
        }
        return unknown;
    }
}
