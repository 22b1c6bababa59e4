package org.gongkai.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.gongkai.calendar.DayExplanation;

/**
 * How a request's due date came about, in plain words for the applicant: what the period is, each step that
 * moved or paused it, and the day it ends. Unlike {@link DeadlineTrace} (for staff, which cites each setting
 * by name with its legal reference and walks every day), it names no setting and no rule identifier.
 */
public final class PlainTrace {

    private PlainTrace() {
    }

    /** Return the explanation of {@code status}, the request's status on {@code day} by {@code clock}. */
    public static List<String> of(StatutoryClock clock, DisclosureRequest request, RequestStatus status, LocalDate day) {
        ClockSettings settings = clock.settings;
        int replyDays = settings.replyWorkingDays().value();
        List<RequestEvent> known = request.events().stream().filter(e -> !e.on().isAfter(day)).toList();
        Set<Integer> idle = clock.idleClarificationNotices(request, known);
        List<String> lines = new ArrayList<>();
        lines.add("答复期限为收到申请之日起" + replyDays + "个工作日（收到申请的当日"
                + (settings.receiptDayCounts().value() ? "计算在内" : "不计算在内")
                + "；周六、周日和法定节假日不计算，调休上班日计算在内）。");
        Outstanding open = Outstanding.of(known);
        int notice = -1;
        for (int i = 0; i < known.size(); i++) {
            RequestEvent event = known.get(i);
            notice = event instanceof RequestEvent.ClarificationRequested ? i : notice;
            String text = idle.contains(notice) && (i == notice || event instanceof RequestEvent.ClarificationReceived)
                    ? idleStep(event) : step(clock, request, event, replyDays);
            lines.add(DayExplanation.dayLabel(event.on()) + "：" + text);
        }
        boolean finished = status.state() == RequestState.CLOSED_ON_TIME || status.state() == RequestState.CLOSED_LATE;
        if (!finished && open.clarification() >= 0 && !idle.contains(open.clarification())) {
            lines.add("尚未收到补正后的申请：下面的日期按今天收到计算，实际以收到之日为准。");
        }
        if (!finished && open.consultation() >= 0) {
            lines.add("征求意见尚未结束：结束前答复期限暂停计算，下面的日期还会相应推后。");
        }
        if (!finished && open.fee() >= 0 && settings.feeTimeExcluded().value()) {
            lines.add("尚未缴费：缴费前答复期限暂停计算，下面的日期还会相应推后。");
        }
        lines.add("答复期限届满日：" + DayExplanation.dayLabel(status.deadline().dueOn())
                + (status.deadline().provisional() ? "（该年的节假日安排尚未公布，此日期可能调整）" : "") + "。");
        return List.copyOf(lines);
    }

    private static String step(StatutoryClock clock, DisclosureRequest request, RequestEvent event, int replyDays) {
        boolean feeTimeExcluded = clock.settings.feeTimeExcluded().value();
        if (event instanceof RequestEvent.Received) {
            return "收到申请。";
        } else if (event instanceof RequestEvent.ClarificationRequested) {
            return "本机关告知申请人补正申请内容；答复期限从收到补正后的申请之日起重新计算。";
        } else if (event instanceof RequestEvent.ClarificationReceived) {
            return "收到补正后的申请，答复期限从这一天起重新计算" + replyDays + "个工作日。";
        } else if (event instanceof RequestEvent.ConsultationStarted started) {
            return "本机关征求" + started.party().label() + "的意见；征求意见所需时间不计算在答复期限内。";
        } else if (event instanceof RequestEvent.ConsultationEnded) {
            return "征求意见结束，答复期限继续计算。";
        } else if (event instanceof RequestEvent.Extended extended) {
            return "经政府信息公开工作机构负责人同意，答复期限延长" + extended.workingDays() + "个工作日。";
        } else if (event instanceof RequestEvent.FeeNotified fee) {
            LocalDate payBy = clock.feePaymentDeadline(request.agency(), fee).dueOn();
            return "本机关通知申请人缴纳信息处理费" + fee.amountYuan().toPlainString() + "元，应在"
                    + DayExplanation.dayLabel(payBy) + "前缴纳；"
                    + (feeTimeExcluded ? "等待缴费的时间不计算在答复期限内。" : "等待缴费的时间照常计算在答复期限内。");
        } else if (event instanceof RequestEvent.FeePaid) {
            return feeTimeExcluded ? "申请人缴费，答复期限继续计算。" : "申请人缴费。";
        } else if (event instanceof RequestEvent.Closed closed) {
            return "本机关作出答复（" + outcome(closed.outcome()) + "）。";
        }
        return "申请人撤回申请。";
    }

    /** Explain a 补正 notice sent too late to pause the period, and the answer to it. */
    private static String idleStep(RequestEvent event) {
        return event instanceof RequestEvent.ClarificationRequested
                ? "本机关告知申请人补正申请内容；该告知超过了法定的告知期限，答复期限不因此中止或重新计算。"
                : "收到补正后的申请；答复期限不重新计算。";
    }

    /** Return the outcome without 表三's numbering: 部分公开, or 不予公开：属于国家秘密 where the group has several rows. */
    static String outcome(Outcome outcome) {
        String group = unnumbered(outcome.group().label());
        boolean alone = Arrays.stream(Outcome.values()).filter(o -> o.group() == outcome.group()).count() == 1;
        return alone ? group : group + "：" + unnumbered(outcome.label());
    }

    private static String unnumbered(String label) {
        return label.replaceFirst("^（[一二三四五六七八九十]+）|^\\d+\\.", "");
    }
}
