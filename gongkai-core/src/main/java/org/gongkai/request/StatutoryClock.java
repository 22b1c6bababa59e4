package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.DayExplanation;
import org.gongkai.calendar.WorkCalendar;

/**
 * The statutory clock of a request (interchange.md "The clock"): its reply due date, traced day by day, and
 * its state on a given day. A pure function of the events, the calendar and the settings.
 *
 * <p>Counting: "N working days after D" is the N-th working day strictly after D (D itself counts only when
 * the setting {@code receiptDayCounts} is true). Consultation time, and fee time when {@code feeTimeExcluded},
 * is not counted: a working day W with start &lt; W ≤ end of such a period does not count towards the period.
 * A pause that is still open counts up to the day the clock is asked about (for {@link #deadline}, the last event).
 */
public final class StatutoryClock {

    private final WorkCalendar calendar;
    private final ClockSettings settings;

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
        if (pending.clarification() >= 0) {
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
        return period(request.agency(), request.receivedOn(), settings.clarificationNoticeWorkingDays(),
                "补正告知期限：自收到申请之日 " + request.receivedOn() + " 起");
    }

    /** Compute, for each consultation, the day the consulted party should have answered by (第三十二条、第三十四条). */
    public List<Deadline> consultationReplyDeadlines(DisclosureRequest request) {
        return request.events().stream()
                .filter(RequestEvent.ConsultationStarted.class::isInstance)
                .map(e -> period(request.agency(), e.on(), settings.consultationReplyWorkingDays(),
                        "征求意见答复期限：自征求意见之日 " + e.on() + " 起"))
                .toList();
    }

    /** Compute the last day to pay the most recently notified fee, if a fee was notified. */
    public Optional<Deadline> feePaymentDeadline(DisclosureRequest request) {
        return request.events().stream()
                .filter(RequestEvent.FeeNotified.class::isInstance)
                .reduce((a, b) -> b)
                .map(e -> period(request.agency(), e.on(), settings.feePaymentWorkingDays(),
                        "缴费期限：自收到收费通知之日 " + e.on() + " 起"));
    }

    private Deadline period(String agency, LocalDate from, Setting<Integer> days, String headline) {
        List<String> lines = new ArrayList<>();
        lines.add(headline + " " + days.value() + " 个工作日（" + days.cite() + "；" + startRule() + "）。");
        WorkingDayWalk.Result walk = WorkingDayWalk.walk(calendar, agency, walkStart(from), days.value(), List.of());
        lines.addAll(walk.lines());
        lines.add("期限届满日：" + DayExplanation.dayLabel(walk.end()) + "。");
        return new Deadline(walk.end(), walk.provisional(), new DeadlineTrace(lines, walk.provisionalWarning().stream().toList()));
    }

    private Deadline compute(DisclosureRequest request, List<RequestEvent> events, LocalDate asOf) {
        String agency = request.agency();
        LocalDate start = events.get(0).on();
        List<String> lines = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<WorkingDayWalk.Pause> pauses = new ArrayList<>();
        LocalDate consultationStart = null;
        LocalDate feeStart = null;
        LocalDate feeDue = null;
        LocalDate finished = null;
        int extension = 0;
        for (int i = 0; i < events.size(); i++) {
            RequestEvent event = events.get(i);
            String on = DayExplanation.dayLabel(event.on());
            if (event instanceof RequestEvent.Received) {
                lines.add("收到申请之日：" + on + "（" + startRule() + "）。");
            } else if (event instanceof RequestEvent.ClarificationRequested) {
                LocalDate noticeDue = clarificationNoticeDeadline(request).dueOn();
                lines.add("发出补正告知：" + on + "；应在 " + DayExplanation.dayLabel(noticeDue) + " 前发出（"
                        + settings.clarificationNoticeWorkingDays().cite() + "）。申请人补正前，申请处于等待补正状态，不算逾期。");
                if (event.on().isAfter(noticeDue)) {
                    warnings.add(HistoryRules.name(request.id(), events, i) + "：补正告知晚于收到申请后 "
                            + settings.clarificationNoticeWorkingDays().value() + " 个工作日（应不晚于 " + noticeDue
                            + "），条例第三十条要求在此期限内一次性告知");
                }
            } else if (event instanceof RequestEvent.ClarificationReceived) {
                start = event.on();
                lines.add("收到补正后的申请：" + on + "；答复期限自该日重新起算（条例第三十条）。");
            } else if (event instanceof RequestEvent.ConsultationStarted started) {
                consultationStart = event.on();
                warnIfAlreadyDue(request, events, i, warnings);
                lines.add("征求" + started.party().label() + "意见：" + on + "；征求意见期间不计入答复期限（条例第三十三条第三款）。");
            } else if (event instanceof RequestEvent.ConsultationEnded) {
                pauses.add(new WorkingDayWalk.Pause(consultationStart, event.on(),
                        "征求意见期间（" + consultationStart + " 至 " + event.on() + "）"));
                lines.add("征求意见结束：" + on + "。");
                consultationStart = null;
            } else if (event instanceof RequestEvent.Extended extended) {
                extension = extend(request, events, i, extended, lines);
            } else if (event instanceof RequestEvent.FeeNotified notified) {
                feeStart = event.on();
                if (settings.feeTimeExcluded().value()) {
                    warnIfAlreadyDue(request, events, i, warnings);
                }
                feeDue = period(agency, event.on(), settings.feePaymentWorkingDays(), "").dueOn();
                lines.add("发出收费通知：" + on + "，金额 " + notified.amountYuan().toPlainString() + " 元；申请人应在 "
                        + DayExplanation.dayLabel(feeDue) + " 前缴费（" + settings.feePaymentWorkingDays().cite() + "）；"
                        + (settings.feeTimeExcluded().value() ? "等待缴费期间不计入答复期限" : "等待缴费期间照常计入答复期限")
                        + "（" + settings.feeTimeExcluded().cite() + "）。");
            } else if (event instanceof RequestEvent.FeePaid) {
                if (settings.feeTimeExcluded().value()) {
                    pauses.add(new WorkingDayWalk.Pause(feeStart, event.on(), "等待缴费期间（" + feeStart + " 至 " + event.on() + "）"));
                }
                lines.add("申请人缴费：" + on + "。");
                if (event.on().isAfter(feeDue)) {
                    warnings.add(HistoryRules.name(request.id(), events, i) + "：缴费晚于缴费期限 " + feeDue);
                }
                feeStart = null;
            } else if (event instanceof RequestEvent.Closed closed) {
                finished = event.on();
                lines.add("答复办结：" + on + "（办理结果：" + closed.outcome().label() + "）。");
            } else if (event instanceof RequestEvent.Withdrawn) {
                finished = event.on();
                lines.add("申请人撤回申请：" + on + "。");
            }
        }
        LocalDate openUntil = finished != null ? finished : asOf;
        if (consultationStart != null) {
            pauses.add(new WorkingDayWalk.Pause(consultationStart, openUntil,
                    "征求意见期间（" + consultationStart + " 起，尚未结束，暂计至 " + openUntil + "）"));
            lines.add("征求意见尚未结束：暂计至 " + DayExplanation.dayLabel(openUntil) + "，结束后答复期限还将顺延。");
        }
        if (feeStart != null && settings.feeTimeExcluded().value()) {
            pauses.add(new WorkingDayWalk.Pause(feeStart, openUntil,
                    "等待缴费期间（" + feeStart + " 起，尚未缴费，暂计至 " + openUntil + "）"));
            lines.add("尚未缴费：等待缴费期间暂计至 " + DayExplanation.dayLabel(openUntil) + "，缴费后答复期限还将顺延。");
        }
        if (Outstanding.of(events).clarification() >= 0) {
            lines.add("尚未收到补正：收到补正后的申请之日起，答复期限将重新起算；以下是目前的答复期限。");
        }
        int total = settings.replyWorkingDays().value() + extension;
        lines.add("答复期限：自 " + start + " 起 " + total + " 个工作日（" + settings.replyWorkingDays().cite()
                + (extension > 0 ? "，加延期 " + extension + " 个工作日" : "") + "）。逐日计算如下：");
        WorkingDayWalk.Result walk = WorkingDayWalk.walk(calendar, agency, walkStart(start), total, pauses);
        lines.addAll(walk.lines());
        lines.add("答复期限届满日：" + DayExplanation.dayLabel(walk.end()) + "。");
        walk.provisionalWarning().ifPresent(warnings::add);
        return new Deadline(walk.end(), walk.provisional(), new DeadlineTrace(lines, warnings));
    }

    private void warnIfAlreadyDue(DisclosureRequest request, List<RequestEvent> events, int i, List<String> warnings) {
        LocalDate inForce = compute(request, events.subList(0, i), events.get(i).on()).dueOn();
        if (events.get(i).on().isAfter(inForce)) {
            warnings.add(HistoryRules.name(request.id(), events, i) + "：开始时答复期限 " + inForce + " 已经届满");
        }
    }

    private int extend(DisclosureRequest request, List<RequestEvent> events, int i, RequestEvent.Extended extended,
            List<String> lines) {
        int max = settings.extensionMaxWorkingDays().value();
        if (extended.workingDays() > max) {
            throw new InvalidHistoryException(i, HistoryRules.name(request.id(), events, i) + "：延期 "
                    + extended.workingDays() + " 个工作日，超过 " + settings.extensionMaxWorkingDays().cite());
        }
        LocalDate inForce = compute(request, events.subList(0, i), extended.on()).dueOn();
        if (extended.on().isAfter(inForce)) {
            throw new InvalidHistoryException(i, HistoryRules.name(request.id(), events, i)
                    + "：批准延期之日晚于其延长的答复期限 " + inForce + "，延期须在期限届满前批准并告知申请人");
        }
        lines.add("延期答复：" + DayExplanation.dayLabel(extended.on()) + "经批准并告知申请人，延长 " + extended.workingDays()
                + " 个工作日（此前的答复期限为 " + DayExplanation.dayLabel(inForce) + "；"
                + settings.extensionMaxWorkingDays().cite() + "）。");
        return extended.workingDays();
    }

    private LocalDate walkStart(LocalDate from) {
        return settings.receiptDayCounts().value() ? from.minusDays(1) : from;
    }

    private String startRule() {
        return (settings.receiptDayCounts().value() ? "起算当日计入期限，" : "起算当日不计入期限，")
                + settings.receiptDayCounts().cite();
    }
}
