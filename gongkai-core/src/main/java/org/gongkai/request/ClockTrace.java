package org.gongkai.request;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.gongkai.calendar.WorkCalendar;

/**
 * Where a clock computation writes its explanation: into a {@link DeadlineTrace}, or nowhere ({@link #NONE}), in
 * which case no text is built at all. The computation is the same either way.
 */
final class ClockTrace {

    static final ClockTrace NONE = new ClockTrace(null, null);

    private final List<String> lines;
    private final List<String> warnings;

    private ClockTrace(List<String> lines, List<String> warnings) {
        this.lines = lines;
        this.warnings = warnings;
    }

    static ClockTrace recording() {
        return new ClockTrace(new ArrayList<>(), new ArrayList<>());
    }

    void line(Supplier<String> text) {
        if (lines != null) {
            lines.add(text.get());
        }
    }

    void warning(Supplier<String> text) {
        if (warnings != null) {
            warnings.add(text.get());
        }
    }

    /** Return the listener for one walk over one agency's days. */
    WorkingDayWalk.StretchListener walk(WorkCalendar calendar, String agency, List<WorkingDayWalk.Pause> pauses) {
        return lines == null ? WorkingDayWalk.StretchListener.NONE : new DayRuns(calendar, agency, pauses, lines);
    }

    DeadlineTrace result() {
        return new DeadlineTrace(lines, warnings);
    }
}
