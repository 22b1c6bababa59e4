package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.calendar.DayExplanation;
import org.gongkai.calendar.WorkCalendar;

/**
 * Write the stretches of a walk as trace lines, day by day as a clerk checks them, one line per run of days that
 * share a reason. A working day counts unless it lies in a paused stretch; the line names the first pause covering it.
 */
final class DayRuns implements WorkingDayWalk.StretchListener {

    private final WorkCalendar calendar;
    private final String agency;
    private final List<WorkingDayWalk.Pause> pauses;
    private final List<String> lines;
    private int counted;
    private LocalDate runStart;
    private LocalDate runEnd;
    private String runKey;
    private int runFirstCount;

    DayRuns(WorkCalendar calendar, String agency, List<WorkingDayWalk.Pause> pauses, List<String> lines) {
        this.calendar = calendar;
        this.agency = agency;
        this.pauses = pauses;
        this.lines = lines;
    }

    @Override
    public void counting(LocalDate fromExclusive, LocalDate toInclusive) {
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            DayExplanation why = calendar.explain(day, agency);
            day(day, why.why() + (why.working() ? "" : "，不计"), why.working());
        }
    }

    @Override
    public void paused(LocalDate fromExclusive, LocalDate toInclusive) {
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            DayExplanation why = calendar.explain(day, agency);
            String pause = why.working() ? "，但处于" + covering(day).label().get() : "";
            day(day, why.why() + pause + "，不计", false);
        }
    }

    private void day(LocalDate day, String key, boolean counts) {
        if (!key.equals(runKey) || counts != (runFirstCount > 0)) {
            flush();
            runStart = day;
            runKey = key;
            runFirstCount = counts ? counted + 1 : 0;
        }
        runEnd = day;
        if (counts) {
            counted++;
        }
    }

    private WorkingDayWalk.Pause covering(LocalDate day) {
        return pauses.stream().filter(p -> p.covers(day)).findFirst().orElseThrow();
    }

    @Override
    public void end() {
        flush();
    }

    private void flush() {
        if (runStart == null) {
            return;
        }
        String range = runStart.equals(runEnd)
                ? DayExplanation.dayLabel(runStart)
                : DayExplanation.dayLabel(runStart) + " 至 " + DayExplanation.dayLabel(runEnd);
        String count = runFirstCount == 0 ? ""
                : runFirstCount == counted ? "，计第 " + runFirstCount + " 个工作日"
                : "，计第 " + runFirstCount + "—" + counted + " 个工作日";
        lines.add(range + "：" + runKey + count);
        runStart = null;
        runKey = null;
    }
}
