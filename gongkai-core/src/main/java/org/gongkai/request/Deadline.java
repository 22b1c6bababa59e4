package org.gongkai.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed last day, with the trace that explains it.
 *
 * @param provisional true when some day counted lies in a year the calendar does not know (weekends only)
 */
public record Deadline(LocalDate dueOn, boolean provisional, DeadlineTrace trace) {

    public Deadline {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(trace, "trace");
    }
}
