package org.gongkai.server.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.gongkai.calendar.WorkCalendar;
import org.gongkai.request.AgencyClock;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.LocalClockChoice;
import org.gongkai.request.RequestState;
import org.gongkai.request.RequestStatus;
import org.gongkai.request.StatutoryClock;

/**
 * Derives a request's projection with the core's statutory clock: the calendar in force plus the settings of
 * the request's agency. Each agency's clock is built once, from its stored choices, and kept until
 * {@link #forget} or {@link #use} (so registering a request reads no settings from the database).
 */
public final class Deadlines {

    private final Function<String, List<LocalClockChoice>> choices;
    private final Map<String, AgencyClock> clocks = new ConcurrentHashMap<>();
    private volatile WorkCalendar calendar;

    /** @param choices reads an agency's local choices, in the order they were recorded */
    public Deadlines(WorkCalendar calendar, Function<String, List<LocalClockChoice>> choices) {
        this.calendar = calendar;
        this.choices = choices;
    }

    /** Return a projector for {@code calendar} that reads the settings afresh (to recompute before switching). */
    public Deadlines with(WorkCalendar calendar) {
        return new Deadlines(calendar, choices);
    }

    /** Return a projector for the calendar in force that reads the settings afresh. */
    public Deadlines reloaded() {
        return with(calendar);
    }

    /** Switch to {@code calendar} for every later computation. */
    public void use(WorkCalendar calendar) {
        this.calendar = calendar;
        clocks.clear();
    }

    /** Read {@code agency}'s settings again at its next computation (after they changed). */
    public void forget(String agency) {
        clocks.remove(agency);
    }

    /** Return the clock of {@code request}: its agency's settings in force on the day it was received. */
    public StatutoryClock clock(DisclosureRequest request) {
        return agency(request.agency()).forReceiptOn(request.receivedOn());
    }

    /** Return the settings {@code agency} counts a request received on {@code day} with. */
    public ClockSettings settings(String agency, LocalDate day) {
        return agency(agency).settingsOn(day);
    }

    private AgencyClock agency(String agency) {
        return clocks.computeIfAbsent(agency, a -> new AgencyClock(calendar, choices.apply(a)));
    }

    /**
     * Return the projection of {@code request} as of {@code today}; an illegal history throws the core's
     * {@code InvalidHistoryException}.
     */
    public Projection project(DisclosureRequest request, LocalDate today) {
        RequestStatus status = clock(request).statusOn(request, today);
        RequestState state = status.state() == RequestState.OVERDUE ? RequestState.OPEN : status.state();
        return new Projection(state, status.deadline().dueOn(), status.deadline().provisional(), request.finishedOn(),
                request.outcome());
    }
}
