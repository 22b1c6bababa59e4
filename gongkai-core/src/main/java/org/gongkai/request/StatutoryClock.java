package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gongkai.calendar.DayExplanation;
import org.gongkai.calendar.WorkCalendar;

/**
 * The statutory clock of a request (interchange.md "The clock"): its reply due date, traced day by day, and
 * its state on a given day. A pure function of the events, the calendar and the settings.
 *
 * <p>Counting: "N working days after D" is the N-th working day strictly after D (D itself counts only when
 * the setting {@code receiptDayCounts} is true). Consultation time, and fee time when {@code feeTimeExcluded},
 * is not counted: a working day W with start &lt; W ≤ end of such a period does not count towards the period.
 * A pause that is still open counts up to the day the clock is asked about (for {@link #deadline}, the last event;
 * for a finished request, its end); likewise a 补正 still outstanding is counted as if the corrected application
 * arrived that day, since the reply period restarts from its arrival (第三十条).
 */
public final class StatutoryClock {

    final WorkCalendar calendar;
    final ClockSettings settings;

    /** Return the clock of the bundled calendar and the default settings. */
    public static StatutoryClock bundled() {
        return new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults());
    }

    public StatutoryClock(WorkCalendar calendar, ClockSettings settings) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Compute the reply due date from the whole history.
     *
     * @throws InvalidHistoryException if an extension exceeds the setting or was approved after the due date it extends
     */
    public Deadline deadline(DisclosureRequest request) {
        List<RequestEvent> events = request.events();
        return compute(request, events, events.get(events.size() - 1).on());
    }

    /**
     * Return the request's state on {@code day}, from the events that happened on or before it.
     *
     * @throws IllegalArgumentException if {@code day} is before the request was received
     */
    public RequestStatus statusOn(DisclosureRequest request, LocalDate day) {
        if (day.isBefore(request.receivedOn())) {
            throw new IllegalArgumentException("日期 " + day + " 早于申请 " + request.id() + " 的收到申请之日 " + request.receivedOn());
        }
        List<RequestEvent> known = request.events().stream().filter(e -> !e.on().isAfter(day)).toList();
        Deadline deadline = compute(request, known, day);
        LocalDate due = deadline.dueOn();
        RequestEvent last = known.get(known.size() - 1);
        if (last instanceof RequestEvent.Closed || last instanceof RequestEvent.Withdrawn) {
            return new RequestStatus(last.on().isAfter(due) ? RequestState.CLOSED_LATE : RequestState.CLOSED_ON_TIME, deadline, 0);
        }
        int left = calendar.workingDaysBetween(day, due, request.agency());
        Outstanding pending = Outstanding.of(known);
        RequestState state;
        if (pending.clarification() >= 0 && !idleClarificationNotices(request, known).contains(pending.clarification())) {
            state = RequestState.WAITING_ON_APPLICANT;
        } else if (pending.consultation() >= 0) {
            state = RequestState.IN_CONSULTATION;
        } else if (pending.fee() >= 0 && (settings.feeTimeExcluded().value() || !day.isAfter(due))) {
            state = RequestState.AWAITING_PAYMENT;
        } else {
            state = day.isAfter(due) ? RequestState.OVERDUE : RequestState.OPEN;
        }
        return new RequestStatus(state, deadline, left);
    }

    /** Compute the last day to send a 补正 notice: {@code clarificationNoticeWorkingDays} after receipt (第三十条). */
    public Deadline clarificationNoticeDeadline(DisclosureRequest request) {
        return clarificationNoticeDeadline(request.agency(), request.receivedOn(), "收到申请之日");
    }

    /** Compute the last day to send a 补正 notice when the reply period runs from {@code from}, named {@code what}. */
    Deadline clarificationNoticeDeadline(String agency, LocalDate from, String what) {
        return period(agency, from, settings.clarificationNoticeWorkingDays(), () -> "补正告知期限：自" + what + " " + from + " 起");
    }

    /** Compute, for each consultation, the day the consulted party should have answered by (第三十二条、第三十四条). */
    public List<Deadline> consultationReplyDeadlines(DisclosureRequest request) {
        return request.events().stream()
                .filter(RequestEvent.ConsultationStarted.class::isInstance)
                .map(e -> period(request.agency(), e.on(), settings.consultationReplyWorkingDays(),
                        () -> "征求意见答复期限：自征求意见之日 " + e.on() + " 起"))
                .toList();
    }

    /** Compute the last day to pay the most recently notified fee, if a fee was notified. */
    public Optional<Deadline> feePaymentDeadline(DisclosureRequest request) {
        return request.events().stream()
                .filter(RequestEvent.FeeNotified.class::isInstance)
                .reduce((a, b) -> b)
                .map(e -> feePaymentDeadline(request.agency(), (RequestEvent.FeeNotified) e));
    }

    /** Compute the last day to pay {@code notice}: from the day the applicant received it, if recorded. */
    Deadline feePaymentDeadline(String agency, RequestEvent.FeeNotified notice) {
        LocalDate from = notice.payPeriodFrom();
        return period(agency, from, settings.feePaymentWorkingDays(), () -> "缴费期限：自收到收费通知之日 " + from + " 起"
                + (notice.receivedOn().isPresent() ? "" : "（未记录申请人收到通知之日，按发出通知之日计）"));
    }

    /**
     * Return the indexes of the 补正 notices among {@code events} that neither pause nor restart the reply period:
     * late ones unless {@code lateClarificationRestarts}, and any sent after the due date in force.
     */
    Set<Integer> idleClarificationNotices(DisclosureRequest request, List<RequestEvent> events) {
        ReplyPeriod period = new ReplyPeriod(this, request, events, ClockTrace.NONE);
        period.walk(events.get(events.size() - 1).on());
        return period.idleNotices();
    }

    private Deadline period(String agency, LocalDate from, Setting<Integer> days, Supplier<String> headline) {
        return traced(trace -> {
            trace.line(() -> headline.get() + " " + days.value() + " 个工作日（" + days.cite() + "；" + startRule() + "）。");
            WorkingDayWalk.Result walk = WorkingDayWalk.walk(calendar, agency, walkStart(from), days.value(), List.of(), trace);
            trace.line(() -> "期限届满日：" + DayExplanation.dayLabel(walk.end()) + "。");
            if (walk.provisional()) {
                trace.warning(walk::provisionalWarning);
            }
            return walk;
        });
    }

    /** Compute the reply due date from {@code events} (a prefix of the request's), open periods counted to {@code asOf}. */
    Deadline compute(DisclosureRequest request, List<RequestEvent> events, LocalDate asOf) {
        return traced(trace -> new ReplyPeriod(this, request, events, trace).walk(asOf));
    }

    /** Run {@code computation} without a trace; run it again, recording, when the trace is asked for. */
    private static Deadline traced(Function<ClockTrace, WorkingDayWalk.Result> computation) {
        WorkingDayWalk.Result result = computation.apply(ClockTrace.NONE);
        return new Deadline(result.end(), result.provisional(), () -> {
            ClockTrace trace = ClockTrace.recording();
            computation.apply(trace);
            return trace.result();
        });
    }

    LocalDate walkStart(LocalDate from) {
        return settings.receiptDayCounts().value() ? from.minusDays(1) : from;
    }

    String startRule() {
        return (settings.receiptDayCounts().value() ? "起算当日计入期限，" : "起算当日不计入期限，")
                + settings.receiptDayCounts().cite();
    }
}
