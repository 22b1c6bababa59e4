package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.calendar.DayExplanation;

/**
 * One pass over a request's events for {@link StatutoryClock}: where the reply period starts, what pauses it,
 * how far it is extended, and the trace of each step. Single use.
 */
final class ReplyPeriod {

    private final StatutoryClock clock;
    private final ClockSettings settings;
    private final DisclosureRequest request;
    private final List<RequestEvent> events;
    private final ClockTrace trace;
    private final List<WorkingDayWalk.Pause> pauses = new ArrayList<>();
    private LocalDate start;
    private LocalDate consultationStart;
    private LocalDate feeStart;
    private LocalDate feeDue;
    private LocalDate finished;
    private int extension;
    private final Set<Integer> idleNotices = new TreeSet<>();
    private int openNotice = -1;
    private int lastNotice = -1;

    ReplyPeriod(StatutoryClock clock, DisclosureRequest request, List<RequestEvent> events, ClockTrace trace) {
        this.clock = clock;
        this.trace = trace;
        this.settings = clock.settings;
        this.request = request;
        this.events = events;
    }

    /** Return the 补正 notices that neither paused nor restarted the period; call after {@link #walk}. */
    Set<Integer> idleNotices() {
        return idleNotices;
    }

    /** Walk the reply period, open periods counted to {@code asOf}, and return where it ends. */
    WorkingDayWalk.Result walk(LocalDate asOf) {
        for (int i = 0; i < events.size(); i++) {
            step(i);
        }
        countOpenPeriodsUntil(finished != null ? finished : asOf);
        int total = settings.replyWorkingDays().value() + extension;
        LocalDate from = start;
        trace.line(() -> "答复期限：自 " + from + " 起 " + total + " 个工作日（" + settings.replyWorkingDays().cite()
                + (extension > 0 ? "，加延期 " + extension + " 个工作日" : "") + "）。逐日计算如下：");
        WorkingDayWalk.Result walk = WorkingDayWalk.walk(clock.calendar, request.agency(), clock.walkStart(start), total,
                pauses, trace);
        trace.line(() -> "答复期限届满日：" + DayExplanation.dayLabel(walk.end()) + "。");
        if (walk.provisional()) {
            trace.warning(walk::provisionalWarning);
        }
        return walk;
    }

    private void step(int i) {
        RequestEvent event = events.get(i);
        LocalDate on = event.on();
        if (event instanceof RequestEvent.Received) {
            start = event.on();
            trace.line(() -> "收到申请之日：" + DayExplanation.dayLabel(on) + "（" + clock.startRule() + "）。");
        } else if (event instanceof RequestEvent.ClarificationRequested) {
            clarificationRequested(i, on);
        } else if (event instanceof RequestEvent.ClarificationReceived) {
            clarificationReceived(on);
        } else if (event instanceof RequestEvent.ConsultationStarted started) {
            consultationStart = event.on();
            warnIfAlreadyDue(i);
            trace.line(() -> "征求" + started.party().label() + "意见：" + DayExplanation.dayLabel(on) + "；征求意见期间不计入答复期限（条例第三十三条第三款）。");
        } else if (event instanceof RequestEvent.ConsultationEnded) {
            LocalDate from = consultationStart;
            pauses.add(new WorkingDayWalk.Pause(from, on, () -> "征求意见期间（" + from + " 至 " + on + "）"));
            trace.line(() -> "征求意见结束：" + DayExplanation.dayLabel(on) + "。");
            consultationStart = null;
        } else if (event instanceof RequestEvent.Extended extended) {
            extend(i, extended);
        } else if (event instanceof RequestEvent.FeeNotified notified) {
            feeNotified(i, notified, on);
        } else if (event instanceof RequestEvent.FeePaid) {
            feePaid(i, on);
        } else if (event instanceof RequestEvent.Closed closed) {
            finished = event.on();
            refuseFeeUnpaidBeforeItsDay(i, closed);
            trace.line(() -> "答复办结：" + DayExplanation.dayLabel(on) + "（办理结果：" + closed.outcome().label() + "）。");
        } else if (event instanceof RequestEvent.Withdrawn) {
            finished = event.on();
            trace.line(() -> "申请人撤回申请：" + DayExplanation.dayLabel(on) + "。");
        }
    }

    /**
     * A 补正 notice: within {@code clarificationNoticeWorkingDays} of the day the period runs from it pauses the period
     * until the corrected application restarts it; a later one does so only with {@code lateClarificationRestarts},
     * and never when sent after the due date in force (interchange.md amendment 1).
     */
    private void clarificationRequested(int i, LocalDate on) {
        String from = lastNotice < 0 ? "收到申请" : "收到补正后的申请";
        LocalDate noticeDue = clock.clarificationNoticeDeadline(request.agency(), start, from + "之日").dueOn();
        boolean late = on.isAfter(noticeDue);
        Setting<Boolean> restarts = settings.lateClarificationRestarts();
        LocalDate inForce = late && restarts.value() ? dueInForceBefore(i) : null;
        boolean idle = late && (!restarts.value() || on.isAfter(inForce));
        openNotice = i;
        if (idle) {
            idleNotices.add(i);
        }
        trace.line(() -> "发出补正告知：" + DayExplanation.dayLabel(on) + "；应在 " + DayExplanation.dayLabel(noticeDue) + " 前发出（"
                + settings.clarificationNoticeWorkingDays().cite() + "）。" + (!late
                        ? "申请人补正前，申请处于等待补正状态，不算逾期。"
                        : !idle ? "逾期发出的补正告知同样中止答复期限（" + restarts.cite() + "），申请人补正前，申请处于等待补正状态，不算逾期。"
                        : restarts.value() ? "该告知在答复期限 " + inForce + " 届满后发出，不中止、也不重新起算答复期限（" + restarts.cite() + "）。"
                        : "该告知逾期发出，不中止、也不重新起算答复期限（" + restarts.cite() + "）。"));
        if (lastNotice >= 0) {
            int earlier = lastNotice;
            trace.warning(() -> name(i) + "：再次告知补正（此前已在 events[" + earlier + "] 告知），条例第三十条要求一次性告知需要补正的事项；"
                    + "答复期限自最后一次收到补正后的申请之日起重新计算");
        }
        if (late) {
            trace.warning(() -> name(i) + "：补正告知晚于" + from + "后 " + settings.clarificationNoticeWorkingDays().value()
                    + " 个工作日（应不晚于 " + noticeDue + "），条例第三十条要求在此期限内一次性告知");
        }
        lastNotice = i;
    }

    private void clarificationReceived(LocalDate on) {
        boolean idle = idleNotices.contains(openNotice);
        if (!idle) {
            start = on;
        }
        int notice = openNotice;
        trace.line(() -> "收到补正后的申请：" + DayExplanation.dayLabel(on) + (idle
                ? "；events[" + notice + "] 的补正告知未中止答复期限，答复期限不重新起算。"
                : "；答复期限自该日重新起算（条例第三十条）。"));
        openNotice = -1;
    }

    /** 逾期未缴费 may close a request only once the last day to pay the unpaid notice has passed. */
    private void refuseFeeUnpaidBeforeItsDay(int i, RequestEvent.Closed closed) {
        if (closed.outcome() == Outcome.OTHER_FEE_UNPAID && !closed.on().isAfter(feeDue)) {
            throw new InvalidHistoryException(i, name(i) + "：" + HistoryRules.cannotClose(closed.outcome())
                    + "events[" + Outstanding.of(events.subList(0, i)).fee() + "] 的收费通知的缴费期限 " + feeDue
                    + " 尚未届满，须在缴费期限届满后才能以逾期未缴费办结（" + settings.feePaymentWorkingDays().cite() + "）");
        }
    }

    private void feeNotified(int i, RequestEvent.FeeNotified notified, LocalDate on) {
        feeStart = notified.on();
        if (settings.feeTimeExcluded().value()) {
            warnIfAlreadyDue(i);
        }
        feeDue = clock.feePaymentDeadline(request.agency(), notified).dueOn();
        trace.line(() -> "发出收费通知：" + DayExplanation.dayLabel(on) + "，金额 " + notified.amountYuan().toPlainString() + " 元；申请人应在 "
                + DayExplanation.dayLabel(feeDue) + " 前缴费（" + settings.feePaymentWorkingDays().cite() + "）；"
                + (settings.feeTimeExcluded().value() ? "等待缴费期间不计入答复期限" : "等待缴费期间照常计入答复期限")
                + "（" + settings.feeTimeExcluded().cite() + "）。");
    }

    private void feePaid(int i, LocalDate on) {
        LocalDate paidOn = events.get(i).on();
        if (settings.feeTimeExcluded().value()) {
            LocalDate from = feeStart;
            pauses.add(new WorkingDayWalk.Pause(from, paidOn, () -> "等待缴费期间（" + from + " 至 " + paidOn + "）"));
        }
        trace.line(() -> "申请人缴费：" + DayExplanation.dayLabel(on) + "。");
        if (paidOn.isAfter(feeDue)) {
            trace.warning(() -> name(i) + "：缴费晚于缴费期限 " + feeDue);
        }
        feeStart = null;
    }

    private void extend(int i, RequestEvent.Extended extended) {
        if (extended.workingDays() > settings.extensionMaxWorkingDays().value()) {
            throw new InvalidHistoryException(i, name(i) + "：延期 " + extended.workingDays() + " 个工作日，超过 "
                    + settings.extensionMaxWorkingDays().cite());
        }
        LocalDate inForce = dueInForceBefore(i);
        if (extended.on().isAfter(inForce)) {
            throw new InvalidHistoryException(i, name(i) + "：批准延期之日晚于其延长的答复期限 " + inForce
                    + "，延期须在期限届满前批准并告知申请人");
        }
        trace.line(() -> "延期答复：" + DayExplanation.dayLabel(extended.on()) + "经批准并告知申请人，延长 " + extended.workingDays()
                + " 个工作日（此前的答复期限为 " + DayExplanation.dayLabel(inForce) + "；"
                + settings.extensionMaxWorkingDays().cite() + "）。");
        extension = extended.workingDays();
    }

    private void warnIfAlreadyDue(int i) {
        LocalDate inForce = dueInForceBefore(i);
        if (events.get(i).on().isAfter(inForce)) {
            trace.warning(() -> name(i) + "：开始时答复期限 " + inForce + " 已经届满");
        }
    }

    /** Return the due date in force on the day of event {@code i}, from the events before it. */
    private LocalDate dueInForceBefore(int i) {
        return clock.compute(request, events.subList(0, i), events.get(i).on()).dueOn();
    }

    private void countOpenPeriodsUntil(LocalDate openUntil) {
        if (consultationStart != null) {
            LocalDate from = consultationStart;
            pauses.add(new WorkingDayWalk.Pause(from, openUntil,
                    () -> "征求意见期间（" + from + " 起，尚未结束，暂计至 " + openUntil + "）"));
            trace.line(() -> "征求意见尚未结束：暂计至 " + DayExplanation.dayLabel(openUntil) + "，结束后答复期限还将顺延。");
        }
        if (feeStart != null && settings.feeTimeExcluded().value()) {
            LocalDate from = feeStart;
            pauses.add(new WorkingDayWalk.Pause(from, openUntil,
                    () -> "等待缴费期间（" + from + " 起，尚未缴费，暂计至 " + openUntil + "）"));
            trace.line(() -> "尚未缴费：等待缴费期间暂计至 " + DayExplanation.dayLabel(openUntil) + "，缴费后答复期限还将顺延。");
        }
        if (openNotice >= 0 && !idleNotices.contains(openNotice)) {
            start = openUntil;
            trace.line(() -> "尚未收到补正：答复期限自收到补正后的申请之日起重新起算（条例第三十条），暂按 "
                    + DayExplanation.dayLabel(openUntil) + " 收到补正计算。");
        }
    }

    private String name(int i) {
        return HistoryRules.name(request.id(), events, i);
    }
}
