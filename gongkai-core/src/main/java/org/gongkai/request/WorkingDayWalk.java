package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gongkai.calendar.DayExplanation;
import org.gongkai.calendar.WorkCalendar;

/** Walk day by day from a start, counting one agency's working days not paused, and say why for each run of days. */
final class WorkingDayWalk {

    /** Working days W with {@code afterExclusive} < W ≤ {@code untilInclusive} are not counted. */
    record Pause(LocalDate afterExclusive, LocalDate untilInclusive, String label) {
        boolean covers(LocalDate day) {
            return day.isAfter(afterExclusive) && !day.isAfter(untilInclusive);
        }
    }

    record Result(LocalDate end, List<String> lines, Set<Integer> unknownYears) {
        boolean provisional() {
            return !unknownYears.isEmpty();
        }

        /** Return the warning a provisional result carries, if it is one. */
        Optional<String> provisionalWarning() {
            return provisional()
                    ? Optional.of("临时结果：日历没有 " + unknownYears.stream().map(String::valueOf).collect(Collectors.joining("、"))
                            + " 年的节假日安排，这些年份只按周末计算，"
                            + "公布放假安排后须重新计算")
                    : Optional.empty();
        }
    }

    private WorkingDayWalk() {}

    /** Walk from {@code fromExclusive} until {@code target} days are counted. */
    static Result walk(WorkCalendar calendar, String agency, LocalDate fromExclusive, int target, List<Pause> pauses) {
        List<String> lines = new ArrayList<>();
        Set<Integer> unknown = new TreeSet<>();
        LocalDate day = fromExclusive;
        int counted = 0;
        LocalDate runStart = null;
        String runKey = null;
        int runFirstCount = 0;
        while (counted < target) {
            day = day.plusDays(1);
            LocalDate current = day;
            DayExplanation why = calendar.explain(current, agency);
            if (!why.known()) {
                unknown.add(day.getYear());
            }
            Optional<Pause> pause = why.working()
                    ? pauses.stream().filter(p -> p.covers(current)).findFirst()
                    : Optional.empty();
            boolean counts = why.working() && pause.isEmpty();
            String key = why.why() + pause.map(p -> "，但处于" + p.label() + "，不计").orElse(counts ? "" : "，不计");
            if (!key.equals(runKey) || counts != (runFirstCount > 0)) {
                flush(lines, runStart, day.minusDays(1), runKey, runFirstCount, counted);
                runStart = day;
                runKey = key;
                runFirstCount = counts ? counted + 1 : 0;
            }
            if (counts) {
                counted++;
            }
        }
        flush(lines, runStart, day, runKey, runFirstCount, counted);
        return new Result(day, lines, unknown);
    }

    private static void flush(List<String> lines, LocalDate first, LocalDate last, String key, int firstCount, int lastCount) {
        if (first == null) {
            return;
        }
        String range = first.equals(last)
                ? DayExplanation.dayLabel(first)
                : DayExplanation.dayLabel(first) + " 至 " + DayExplanation.dayLabel(last);
        String count = firstCount == 0 ? ""
                : firstCount == lastCount ? "，计第 " + firstCount + " 个工作日"
                : "，计第 " + firstCount + "—" + lastCount + " 个工作日";
        lines.add(range + "：" + key + count);
    }
}
