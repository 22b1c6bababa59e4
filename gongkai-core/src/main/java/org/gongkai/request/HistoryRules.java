package org.gongkai.request;

import java.util.List;

/**
 * The structural rules of a request history (interchange.md "Request events"); those that need the calendar
 * are checked by {@link StatutoryClock}.
 */
final class HistoryRules {

    private HistoryRules() {}

    /** Throw {@link InvalidHistoryException} naming the first event that breaks a rule. */
    static void check(String requestId, List<RequestEvent> events) {
        if (events.isEmpty()) {
            throw new InvalidHistoryException(0, "申请 " + requestId + " 没有任何事件：第一个事件必须是 RECEIVED（收到申请）");
        }
        Outstanding outstanding = Outstanding.NONE;
        for (int i = 0; i < events.size(); i++) {
            String problem = problem(events, i, outstanding);
            if (problem != null) {
                throw new InvalidHistoryException(i, name(requestId, events, i) + "：" + problem);
            }
            outstanding = outstanding.after(i, events.get(i));
        }
    }

    /** Return how event {@code i} would be cited in a message: request, JSON index, type and date. */
    static String name(String requestId, List<RequestEvent> events, int i) {
        RequestEvent e = events.get(i);
        return "申请 " + requestId + " 的 events[" + i + "]（" + e.type() + "，" + e.on() + "）";
    }

    private static String problem(List<RequestEvent> events, int i, Outstanding outstanding) {
        RequestEvent event = events.get(i);
        int pendingClarification = outstanding.clarification();
        int openConsultation = outstanding.consultation();
        int pendingFee = outstanding.fee();
        int extension = outstanding.extension();
        if (i == 0) {
            return event instanceof RequestEvent.Received ? null : "第一个事件必须是 RECEIVED（收到申请）";
        }
        RequestEvent previous = events.get(i - 1);
        if (event instanceof RequestEvent.Received) {
            return "RECEIVED（收到申请）只能有一个，且必须是第一个事件";
        }
        if (previous instanceof RequestEvent.Closed || previous instanceof RequestEvent.Withdrawn) {
            return "申请已在 events[" + (i - 1) + "] " + previous.type() + "，此后不能再有事件";
        }
        if (event.on().isBefore(events.get(0).on())) {
            return "日期早于收到申请之日 " + events.get(0).on();
        }
        if (event.on().isBefore(previous.on())) {
            return "日期早于前一个事件 events[" + (i - 1) + "]（" + previous.type() + "，" + previous.on() + "）；事件须按发生顺序排列";
        }
        if (event instanceof RequestEvent.ClarificationRequested requested) {
            if (pendingClarification >= 0) {
                return "events[" + pendingClarification + "] 的补正告知尚未收到补正，不能再次告知补正";
            }
            return requested.respondBy().filter(d -> d.isBefore(requested.on()))
                    .map(d -> "补正期限 " + d + " 早于告知之日").orElse(null);
        }
        if (event instanceof RequestEvent.ClarificationReceived && pendingClarification < 0) {
            return "没有待补正的补正告知（CLARIFICATION_REQUESTED）";
        }
        if (event instanceof RequestEvent.ConsultationStarted && openConsultation >= 0) {
            return "events[" + openConsultation + "] 开始的征求意见尚未结束（CONSULTATION_ENDED）";
        }
        if (event instanceof RequestEvent.ConsultationEnded && openConsultation < 0) {
            return "没有正在进行的征求意见（CONSULTATION_STARTED）";
        }
        if (event instanceof RequestEvent.Extended extended) {
            if (extension >= 0) {
                return "只能延期一次，已在 events[" + extension + "] 延期";
            }
            if (extended.workingDays() < 1 || extended.workingDays() > RequestEvent.Extended.MAX_WORKING_DAYS) {
                return "延期 " + extended.workingDays() + " 个工作日，超出 1—" + RequestEvent.Extended.MAX_WORKING_DAYS
                        + " 的范围（条例第三十三条第二款：延长的期限最长不得超过20个工作日）";
            }
        }
        if (event instanceof RequestEvent.FeeNotified notified) {
            if (pendingFee >= 0) {
                return "events[" + pendingFee + "] 的收费通知尚未缴费（FEE_PAID），不能再次通知收费";
            }
            return notified.receivedOn().filter(d -> d.isBefore(notified.on()))
                    .map(d -> "申请人收到收费通知之日 " + d + " 早于发出通知之日").orElse(null);
        }
        if (event instanceof RequestEvent.FeePaid && pendingFee < 0) {
            return "没有待缴费的收费通知（FEE_NOTIFIED）";
        }
        if (event instanceof RequestEvent.Closed closed) {
            return priorStepMissing(events, i, closed, outstanding);
        }
        return null;
    }

    /**
     * The outcomes that 表三 ties to a prior step (interchange.md amendment 1): 补正后仍不明确 needs a corrected
     * application, 逾期不补正 an unanswered 补正 notice whose period to answer has passed, 逾期未缴费 an unpaid fee
     * notice (its last day to pay needs the calendar: {@link ReplyPeriod}).
     */
    private static String priorStepMissing(List<RequestEvent> events, int i, RequestEvent.Closed closed, Outstanding outstanding) {
        Outcome outcome = closed.outcome();
        if (outcome == Outcome.UNAVAILABLE_STILL_UNCLEAR
                && events.subList(0, i).stream().noneMatch(RequestEvent.ClarificationReceived.class::isInstance)) {
            return cannotClose(outcome) + "此前没有收到补正后的申请（CLARIFICATION_RECEIVED），须先告知补正并收到补正";
        }
        if (outcome == Outcome.OTHER_NO_CLARIFICATION) {
            if (outstanding.clarification() < 0) {
                return cannotClose(outcome) + "此前没有尚未补正的补正告知（CLARIFICATION_REQUESTED），须先告知补正且申请人逾期未补正";
            }
            int notice = outstanding.clarification();
            return ((RequestEvent.ClarificationRequested) events.get(notice)).respondBy()
                    .filter(by -> !closed.on().isAfter(by))
                    .map(by -> cannotClose(outcome) + "events[" + notice + "] 的补正告知给申请人的补正期限 " + by
                            + " 尚未届满，须在补正期限届满后才能以逾期不补正办结")
                    .orElse(null);
        }
        if (outcome == Outcome.OTHER_FEE_UNPAID && outstanding.fee() < 0) {
            return cannotClose(outcome) + "此前没有尚未缴费的收费通知（FEE_NOTIFIED），须先通知收费且申请人逾期未缴费";
        }
        return null;
    }

    /** Return how a refused close begins: the rule, its article and the 表三 row label, e.g. 不能以“…”办结（条例第三十条）：. */
    static String cannotClose(Outcome outcome) {
        return "不能以表三“" + outcome.group().label() + " " + outcome.label() + "”办结（条例" + outcome.article().orElseThrow() + "）：";
    }
}
