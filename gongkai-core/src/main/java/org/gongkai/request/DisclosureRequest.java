package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One application for disclosure (政府信息公开申请): who applied, how, and its history of events.
 *
 * <p>The history is the request: state, due date and outcome are derived from it. The constructor rejects
 * every structurally illegal history of interchange.md with an {@link InvalidHistoryException} whose message
 * names the offending event ({@code events[i]}, its type and date); rules that need the calendar are checked
 * by {@link StatutoryClock}.
 */
public record DisclosureRequest(
        String id, String agency, ApplicantType applicantType, Channel channel, List<RequestEvent> events) {

    public DisclosureRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(channel, "channel");
        events = List.copyOf(events);
        HistoryRules.check(id, events);
    }

    /** Return 收到申请之日, the date of the {@code RECEIVED} event. */
    public LocalDate receivedOn() {
        return events.get(0).on();
    }

    /** Return the day the request was closed or withdrawn, or empty while it is still open. */
    public Optional<LocalDate> finishedOn() {
        RequestEvent last = events.get(events.size() - 1);
        return last instanceof RequestEvent.Closed || last instanceof RequestEvent.Withdrawn
                ? Optional.of(last.on())
                : Optional.empty();
    }

    /** Return the 表三 outcome row of a finished request (a withdrawal counts as {@link Outcome#OTHER}). */
    public Optional<Outcome> outcome() {
        RequestEvent last = events.get(events.size() - 1);
        if (last instanceof RequestEvent.Closed closed) {
            return Optional.of(closed.outcome());
        }
        return last instanceof RequestEvent.Withdrawn ? Optional.of(Outcome.OTHER) : Optional.empty();
    }

    /** Return whether the request is still open at the end of {@code day}. */
    public boolean isOpenOn(LocalDate day) {
        return !receivedOn().isAfter(day) && finishedOn().map(f -> f.isAfter(day)).orElse(true);
    }
}
