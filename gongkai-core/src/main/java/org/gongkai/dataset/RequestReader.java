package org.gongkai.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.InvalidHistoryException;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestEvent;

/** Reads one request of a gongkai/1 document with its events (interchange.md "Request events"). */
final class RequestReader {

    private static final Map<String, Function<Node, RequestEvent>> EVENTS = new LinkedHashMap<>();

    static {
        EVENTS.put("RECEIVED", n -> new RequestEvent.Received(n.date("on")));
        EVENTS.put("CLARIFICATION_REQUESTED",
                n -> new RequestEvent.ClarificationRequested(n.date("on"), n.optionalDate("respondBy")));
        EVENTS.put("CLARIFICATION_RECEIVED", n -> new RequestEvent.ClarificationReceived(n.date("on")));
        EVENTS.put("CONSULTATION_STARTED", n -> new RequestEvent.ConsultationStarted(
                n.date("on"), n.enumValue("party", ConsultationParty.class, "征求意见对象")));
        EVENTS.put("CONSULTATION_ENDED", n -> new RequestEvent.ConsultationEnded(n.date("on")));
        EVENTS.put("EXTENDED",
                n -> new RequestEvent.Extended(n.date("on"), n.integer("workingDays", 1, 20)));
        EVENTS.put("FEE_NOTIFIED", n -> new RequestEvent.FeeNotified(n.date("on"), n.amount("amountYuan"),
                n.optionalDate("receivedOn")));
        EVENTS.put("FEE_PAID", n -> new RequestEvent.FeePaid(n.date("on")));
        EVENTS.put("CLOSED",
                n -> new RequestEvent.Closed(n.date("on"), n.enumValue("outcome", Outcome.class, "办理结果")));
        EVENTS.put("WITHDRAWN", n -> new RequestEvent.Withdrawn(n.date("on")));
    }

    private RequestReader() {
    }

    static DisclosureRequest read(Node request) {
        String id = request.string("id");
        String agency = request.string("agency");
        ApplicantType applicantType = request.enumValue("applicantType", ApplicantType.class, "申请人类型");
        Channel channel = request.enumValue("channel", Channel.class, "提交方式");
        List<Node> eventNodes = request.array("events");
        List<RequestEvent> events = new ArrayList<>(eventNodes.size());
        for (Node event : eventNodes) {
            String type = event.oneOf("type", List.copyOf(EVENTS.keySet()), "事件类型");
            events.add(EVENTS.get(type).apply(event));
        }
        try {
            return new DisclosureRequest(id, agency, applicantType, channel, events);
        } catch (InvalidHistoryException e) {
            Node at = e.eventIndex() < eventNodes.size() ? eventNodes.get(e.eventIndex()) : request.field("events");
            throw at.fail(e.getMessage());
        }
    }
}
