package org.gongkai.server.requests;

import java.time.LocalDate;
import org.gongkai.calendar.WorkCalendar;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.RequestState;
import org.gongkai.request.RequestStatus;
import org.gongkai.request.StatutoryClock;

/** Derives a request's projection with the core's statutory clock and the calendar in force. */
public final class Deadlines {

    private final ClockSettings settings;
    private volatile StatutoryClock clock;

    public Deadlines(WorkCalendar calendar, ClockSettings settings) {
        this.settings = settings;
        this.clock = new StatutoryClock(calendar, settings);
    }

    /** Return a projector for {@code calendar} with the same settings (to recompute before switching). */
    public Deadlines with(WorkCalendar calendar) {
        return new Deadlines(calendar, settings);
    }

    /** Switch to {@code calendar} for every later computation. */
    public void use(WorkCalendar calendar) {
        this.clock = new StatutoryClock(calendar, settings);
    }

    public StatutoryClock clock() {
        return clock;
    }

    /** Return whether a finished request was finished by its due date (what 按期办结 counts). */
    public boolean closedOnTime(DisclosureRequest request) {
        return request.finishedOn().map(f -> !f.isAfter(clock.deadline(request).dueOn())).orElse(false);
    }

    /**
     * Return the projection of {@code request} as of {@code today}; an illegal history throws the core's
     * {@code InvalidHistoryException}.
     */
    public Projection project(DisclosureRequest request, LocalDate today) {
        RequestStatus status = clock.statusOn(request, today);
        RequestState state = status.state() == RequestState.OVERDUE ? RequestState.OPEN : status.state();
        return new Projection(state, status.deadline().dueOn(), status.deadline().provisional(), request.finishedOn(),
                request.outcome());
    }
}
