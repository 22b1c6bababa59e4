package org.gongkai.server.requests;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestState;

/**
 * What lists and dashboards read about a request, derived from its events and the calendar.
 * {@code state} never holds {@link RequestState#OVERDUE}: being overdue depends on the day it is read,
 * so {@link #stateOn} derives it.
 */
public record Projection(RequestState state, LocalDate dueOn, boolean provisional, Optional<LocalDate> finishedOn,
        Optional<Outcome> outcome) {

    /** Return the state as seen on {@code today}: an open request past its due date is overdue. */
    public RequestState stateOn(LocalDate today) {
        return state == RequestState.OPEN && today.isAfter(dueOn) ? RequestState.OVERDUE : state;
    }
}
