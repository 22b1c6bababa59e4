package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.calendar.DayExplanation;
import org.gongkai.calendar.WorkCalendar;

/** Write the days of a walk as trace lines, one line per run of days that share a reason. */
final class DayRuns implements WorkingDayWalk.DayListener {

    private final WorkCalendar calendar;
    private final String agency;
    private final List<String> lines;
    private LocalDate runStart;
    private LocalDate runEnd;
    private String runKey;
    private int runFirstCount;
    private int runLastCount;

    DayRuns(WorkCalendar calendar, String agency, List<String> lines) {
        this.calendar = calendar;
        this.agency = agency;
        this.lines = lines;
    }

    @Override
    public void day(LocalDate day, WorkingDayWalk.Pause pause, boolean counts, int counted) {
        String key = calendar.explain(day, agency).why()
                + (pause != null ? "，但处于" + pause.label().get() + "，不计" : counts ? "" : "，不计");
        if (!key.equals(runKey) || counts != (runFirstCount > 0)) {
            end();
            runStart = day;
            runKey = key;
            runFirstCount = counts ? counted : 0;
        }
        runEnd = day;
        runLastCount = counted;
    }

    @Override
    public void end() {
        if (runStart == null) {
            return;
        }
        String range = runStart.equals(runEnd)
                ? DayExplanation.dayLabel(runStart)
                : DayExplanation.dayLabel(runStart) + " 至 " + DayExplanation.dayLabel(runEnd);
        String count = runFirstCount == 0 ? ""
                : runFirstCount == runLastCount ? "，计第 " + runFirstCount + " 个工作日"
                : "，计第 " + runFirstCount + "—" + runLastCount + " 个工作日";
        lines.add(range + "：" + runKey + count);
        runStart = null;
    }
}
