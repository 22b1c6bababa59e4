package org.gongkai.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A computed last day, with the trace that explains it.
 *
 * <p>The clock computes the day without writing its trace; the trace is written when {@link #trace} is first
 * asked for, by the same computation with a recorder listening. Two deadlines are equal when their days,
 * provisional flags and traces are.
 */
public final class Deadline {

    private final LocalDate dueOn;
    private final boolean provisional;
    private Supplier<DeadlineTrace> tracer;
    private DeadlineTrace trace;

    public Deadline(LocalDate dueOn, boolean provisional, DeadlineTrace trace) {
        this(dueOn, provisional, () -> trace);
        Objects.requireNonNull(trace, "trace");
    }

    Deadline(LocalDate dueOn, boolean provisional, Supplier<DeadlineTrace> tracer) {
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.provisional = provisional;
        this.tracer = Objects.requireNonNull(tracer, "tracer");
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    /** Return true when some day counted lies in a year the calendar does not know (weekends only). */
    public boolean provisional() {
        return provisional;
    }

    /** Return how the day was reached, writing it on the first call. */
    public synchronized DeadlineTrace trace() {
        if (trace == null) {
            trace = tracer.get();
            tracer = null;
        }
        return trace;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Deadline that && dueOn.equals(that.dueOn) && provisional == that.provisional
                && trace().equals(that.trace());
    }

    @Override
    public int hashCode() {
        return Objects.hash(dueOn, provisional, trace());
    }

    @Override
    public String toString() {
        return "Deadline[dueOn=" + dueOn + ", provisional=" + provisional + "]";
    }
}
