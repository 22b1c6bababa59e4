package org.gongkai.server.requests;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.PlainTrace;
import org.gongkai.request.RequestEvent;
import org.gongkai.request.RequestState;
import org.gongkai.request.RequestStatus;
import org.gongkai.request.StatutoryClock;

/**
 * What a request page shows of a request on a given day: its state, due date with the trace that explains
 * it (the staff's full trace, or the applicant's in plain words), and each event in plain words.
 *
 * @param events the history, oldest first; each entry's {@code type} names its wording in messages.properties
 */
public record RequestTimeline(String trackingNumber, String agency, String subject, LocalDate receivedOn,
        RequestState state, LocalDate dueOn, boolean provisional, int workingDaysLeft, List<String> trace,
        List<Entry> events) {

    /** One event: its day, its type (as the core names it) and a detail (a date, an outcome, a sum), or null. */
    public record Entry(LocalDate on, String type, String detail) {
    }

    /** Return the timeline of {@code stored} as of {@code today} for staff: the full trace, settings and references cited. */
    public static RequestTimeline of(StoredRequest stored, Deadlines deadlines, LocalDate today) {
        RequestStatus status = deadlines.clock(stored.request()).statusOn(stored.request(), today);
        return of(stored, status, status.deadline().trace().lines());
    }

    /** Return the timeline of {@code stored} as of {@code today} for the applicant: the trace in plain words. */
    public static RequestTimeline forPublic(StoredRequest stored, Deadlines deadlines, LocalDate today) {
        StatutoryClock clock = deadlines.clock(stored.request());
        RequestStatus status = clock.statusOn(stored.request(), today);
        return of(stored, status, PlainTrace.of(clock, stored.request(), status, today));
    }

    private static RequestTimeline of(StoredRequest stored, RequestStatus status, List<String> trace) {
        DisclosureRequest r = stored.request();
        List<Entry> events = r.events().stream().map(RequestTimeline::entry).toList();
        return new RequestTimeline(r.id(), r.agency(), stored.subject(), r.receivedOn(), status.state(),
                status.deadline().dueOn(), status.deadline().provisional(), status.workingDaysLeft(), trace, events);
    }

    /** Return whether the request is finished (closed or withdrawn). */
    public boolean finished() {
        return state == RequestState.CLOSED_ON_TIME || state == RequestState.CLOSED_LATE;
    }

    private static Entry entry(RequestEvent e) {
        String detail = null;
        if (e instanceof RequestEvent.ClarificationRequested c) {
            detail = c.respondBy().map(LocalDate::toString).orElse(null);
        } else if (e instanceof RequestEvent.ConsultationStarted c) {
            detail = c.party().label();
        } else if (e instanceof RequestEvent.Extended x) {
            detail = String.valueOf(x.workingDays());
        } else if (e instanceof RequestEvent.FeeNotified f) {
            detail = f.amountYuan().toPlainString();
        } else if (e instanceof RequestEvent.Closed c) {
            detail = c.outcome().plainLabel();
        }
        return new Entry(e.on(), e.type(), detail);
    }
}
