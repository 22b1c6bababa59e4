package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private final List<String> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<WorkingDayWalk.Pause> pauses = new ArrayList<>();
    private LocalDate start;
    private LocalDate consultationStart;
    private LocalDate feeStart;
    private LocalDate feeDue;
    private LocalDate finished;
    private int extension;

    ReplyPeriod(StatutoryClock clock, DisclosureRequest request, List<RequestEvent> events) {
        this.clock = clock;
        this.settings = clock.settings;
        this.request = request;
        this.events = events;
    }

    Deadline deadline(LocalDate asOf) {
        for (int i = 0; i < events.size(); i++) {
            step(i);
        }
        countOpenPeriodsUntil(finished != null ? finished : asOf);
        int total = settings.replyWorkingDays().value() + extension;
        lines.add("答复期限：自 " + start + " 起 " + total + " 个工作日（" + settings.replyWorkingDays().cite()
                + (extension > 0 ? "，加延期 " + extension + " 个工作日" : "") + "）。逐日计算如下：");
        WorkingDayWalk.Result walk = WorkingDayWalk.walk(clock.calendar, request.agency(), clock.walkStart(start), total, pauses);
        lines.addAll(walk.lines());
        lines.add("答复期限届满日：" + DayExplanation.dayLabel(walk.end()) + "。");
        walk.provisionalWarning().ifPresent(warnings::add);
        return new Deadline(walk.end(), walk.provisional(), new DeadlineTrace(lines, warnings));
    }

    private void step(int i) {
        RequestEvent event = events.get(i);
        String on = DayExplanation.dayLabel(event.on());
        if (event instanceof RequestEvent.Received) {
            start = event.on();
            lines.add("收到申请之日：" + on + "（" + clock.startRule() + "）。");
        } else if (event instanceof RequestEvent.ClarificationRequested) {
            clarificationRequested(i, on);
        } else if (event instanceof RequestEvent.ClarificationReceived) {
            start = event.on();
            lines.add("收到补正后的申请：" + on + "；答复期限自该日重新起算（条例第三十条）。");
        } else if (event instanceof RequestEvent.ConsultationStarted started) {
            consultationStart = event.on();
            warnIfAlreadyDue(i);
            lines.add("征求" + started.party().label() + "意见：" + on + "；征求意见期间不计入答复期限（条例第三十三条第三款）。");
        } else if (event instanceof RequestEvent.ConsultationEnded) {
            pauses.add(new WorkingDayWalk.Pause(consultationStart, event.on(),
                    "征求意见期间（" + consultationStart + " 至 " + event.on() + "）"));
            lines.add("征求意见结束：" + on + "。");
            consultationStart = null;
        } else if (event instanceof RequestEvent.Extended extended) {
            extend(i, extended);
        } else if (event instanceof RequestEvent.FeeNotified notified) {
            feeNotified(i, notified, on);
        } else if (event instanceof RequestEvent.FeePaid) {
            feePaid(i, on);
        } else if (event instanceof RequestEvent.Closed closed) {
            finished = event.on();
            lines.add("答复办结：" + on + "（办理结果：" + closed.outcome().label() + "）。");
        } else if (event instanceof RequestEvent.Withdrawn) {
            finished = event.on();
            lines.add("申请人撤回申请：" + on + "。");
        }
    }

    private void clarificationRequested(int i, String on) {
        LocalDate noticeDue = clock.clarificationNoticeDeadline(request).dueOn();
        lines.add("发出补正告知：" + on + "；应在 " + DayExplanation.dayLabel(noticeDue) + " 前发出（"
                + settings.clarificationNoticeWorkingDays().cite() + "）。申请人补正前，申请处于等待补正状态，不算逾期。");
        if (events.get(i).on().isAfter(noticeDue)) {
            warnings.add(name(i) + "：补正告知晚于收到申请后 " + settings.clarificationNoticeWorkingDays().value()
                    + " 个工作日（应不晚于 " + noticeDue + "），条例第三十条要求在此期限内一次性告知");
        }
    }

    private void feeNotified(int i, RequestEvent.FeeNotified notified, String on) {
        feeStart = notified.on();
        if (settings.feeTimeExcluded().value()) {
            warnIfAlreadyDue(i);
        }
        feeDue = clock.period(request.agency(), notified.on(), settings.feePaymentWorkingDays(), "").dueOn();
        lines.add("发出收费通知：" + on + "，金额 " + notified.amountYuan().toPlainString() + " 元；申请人应在 "
                + DayExplanation.dayLabel(feeDue) + " 前缴费（" + settings.feePaymentWorkingDays().cite() + "）；"
                + (settings.feeTimeExcluded().value() ? "等待缴费期间不计入答复期限" : "等待缴费期间照常计入答复期限")
                + "（" + settings.feeTimeExcluded().cite() + "）。");
    }

    private void feePaid(int i, String on) {
        LocalDate paidOn = events.get(i).on();
        if (settings.feeTimeExcluded().value()) {
            pauses.add(new WorkingDayWalk.Pause(feeStart, paidOn, "等待缴费期间（" + feeStart + " 至 " + paidOn + "）"));
        }
        lines.add("申请人缴费：" + on + "。");
        if (paidOn.isAfter(feeDue)) {
            warnings.add(name(i) + "：缴费晚于缴费期限 " + feeDue);
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
        lines.add("延期答复：" + DayExplanation.dayLabel(extended.on()) + "经批准并告知申请人，延长 " + extended.workingDays()
                + " 个工作日（此前的答复期限为 " + DayExplanation.dayLabel(inForce) + "；"
                + settings.extensionMaxWorkingDays().cite() + "）。");
        extension = extended.workingDays();
    }

    private void warnIfAlreadyDue(int i) {
        LocalDate inForce = dueInForceBefore(i);
        if (events.get(i).on().isAfter(inForce)) {
            warnings.add(name(i) + "：开始时答复期限 " + inForce + " 已经届满");
        }
    }

    /** Return the due date in force on the day of event {@code i}, from the events before it. */
    private LocalDate dueInForceBefore(int i) {
        return clock.compute(request, events.subList(0, i), events.get(i).on()).dueOn();
    }

    private void countOpenPeriodsUntil(LocalDate openUntil) {
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
            start = openUntil;
            lines.add("尚未收到补正：答复期限自收到补正后的申请之日起重新起算（条例第三十条），暂按 "
                    + DayExplanation.dayLabel(openUntil) + " 收到补正计算。");
        }
    }

    private String name(int i) {
        return HistoryRules.name(request.id(), events, i);
    }
}
