package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gongkai.calendar.WorkCalendar;

/** Walk from a start, counting one agency's working days not paused, and tell a listener which stretches were walked. */
final class WorkingDayWalk {

    /** Working days W with {@code afterExclusive} < W ≤ {@code untilInclusive} are not counted. */
    record Pause(LocalDate afterExclusive, LocalDate untilInclusive, Supplier<String> label) {
        boolean covers(LocalDate day) {
            return day.isAfter(afterExclusive) && !day.isAfter(untilInclusive);
        }
    }

    /** Hears the stretches walked, in order: days that count when they are working days, and paused days. */
    interface StretchListener {
        StretchListener NONE = new StretchListener() {
            @Override
            public void counting(LocalDate fromExclusive, LocalDate toInclusive) {}

            @Override
            public void paused(LocalDate fromExclusive, LocalDate toInclusive) {}

            @Override
            public void end() {}
        };

        void counting(LocalDate fromExclusive, LocalDate toInclusive);

        void paused(LocalDate fromExclusive, LocalDate toInclusive);

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

    /**
     * Walk from {@code fromExclusive} until {@code target} days are counted: stretch by stretch between the pauses,
     * each counted by the calendar at once.
     */
    static Result walk(WorkCalendar calendar, String agency, LocalDate fromExclusive, int target, List<Pause> pauses,
            ClockTrace trace) {
        StretchListener listener = trace.walk(calendar, agency, pauses);
        LocalDate day = fromExclusive;
        int counted = 0;
        for (Pause pause : target == 0 ? List.<Pause>of() : merged(pauses)) {
            if (!pause.untilInclusive().isAfter(day)) {
                continue;
            }
            if (pause.afterExclusive().isAfter(day)) {
                int available = calendar.workingDaysBetween(day, pause.afterExclusive(), agency);
                if (counted + available >= target) {
                    break;
                }
                listener.counting(day, pause.afterExclusive());
                counted += available;
                day = pause.afterExclusive();
            }
            listener.paused(day, pause.untilInclusive());
            day = pause.untilInclusive();
        }
        if (counted < target) {
            LocalDate end = calendar.addWorkingDays(day, target - counted, agency);
            listener.counting(day, end);
            day = end;
        }
        listener.end();
        return new Result(day, unknownYears(calendar, fromExclusive.plusDays(1), day));
    }

    /** Return the days the pauses cover as disjoint pauses in date order, each labelled as the first it joins. */
    private static List<Pause> merged(List<Pause> pauses) {
        if (pauses.size() < 2) {
            return pauses;
        }
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::afterExclusive));
        List<Pause> merged = new ArrayList<>();
        Pause current = sorted.get(0);
        for (Pause next : sorted.subList(1, sorted.size())) {
            if (next.afterExclusive().isAfter(current.untilInclusive())) {
                merged.add(current);
                current = next;
            } else if (next.untilInclusive().isAfter(current.untilInclusive())) {
                current = new Pause(current.afterExclusive(), next.untilInclusive(), current.label());
            }
        }
        merged.add(current);
        return merged;
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
