package org.gongkai.server.console;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.RequestEvent;
import org.gongkai.request.RequestState;
import org.gongkai.server.requests.RequestRoles;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StoredRequest;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.RefusedException;

/** The steps a request's page offers, each with the states that allow it and the step it records (whose role it needs). */
enum RequestAction {
    CLARIFY(EnumSet.of(RequestState.OPEN, RequestState.OVERDUE), RequestEvent.ClarificationRequested.class),
    CLARIFIED(EnumSet.of(RequestState.WAITING_ON_APPLICANT, RequestState.OPEN, RequestState.OVERDUE,
            RequestState.IN_CONSULTATION, RequestState.AWAITING_PAYMENT), RequestEvent.ClarificationReceived.class),
    CONSULT(EnumSet.of(RequestState.OPEN, RequestState.OVERDUE), RequestEvent.ConsultationStarted.class),
    CONSULTED(EnumSet.of(RequestState.IN_CONSULTATION), RequestEvent.ConsultationEnded.class),
    EXTEND(EnumSet.of(RequestState.OPEN), RequestEvent.Extended.class),
    FEE(EnumSet.of(RequestState.OPEN, RequestState.OVERDUE), RequestEvent.FeeNotified.class),
    PAID(EnumSet.of(RequestState.AWAITING_PAYMENT), RequestEvent.FeePaid.class),
    CLOSE(EnumSet.of(RequestState.OPEN, RequestState.OVERDUE, RequestState.WAITING_ON_APPLICANT,
            RequestState.AWAITING_PAYMENT), RequestEvent.Closed.class),
    WITHDRAW(EnumSet.of(RequestState.OPEN, RequestState.OVERDUE, RequestState.WAITING_ON_APPLICANT,
            RequestState.IN_CONSULTATION, RequestState.AWAITING_PAYMENT), RequestEvent.Withdrawn.class);

    private final Set<RequestState> states;
    private final Role role;

    RequestAction(Set<RequestState> states, Class<? extends RequestEvent> step) {
        this.states = states;
        this.role = RequestRoles.forStep(step);
    }

    /**
     * Return the actions {@code actor} may take on {@code request} in {@code state}, in page order. A 补正 notice
     * sent too late to pause the period leaves the request open or overdue while its correction is awaited
     * (interchange.md amendment 1), so recording the correction depends on the notice, not on the state.
     */
    static List<RequestAction> allowed(DisclosureRequest request, RequestState state, Actor actor) {
        boolean awaited = request.events().stream()
                .filter(e -> e instanceof RequestEvent.ClarificationRequested || e instanceof RequestEvent.ClarificationReceived)
                .reduce((a, b) -> b).filter(RequestEvent.ClarificationRequested.class::isInstance).isPresent();
        return EnumSet.allOf(RequestAction.class).stream()
                .filter(a -> a.states.contains(state) && actor.roles().contains(a.role))
                .filter(a -> a == CLARIFIED ? awaited : a != CLARIFY || !awaited).toList();
    }

    /** Return the path segment of the action's form. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    StoredRequest apply(RequestService service, Actor actor, String id, RequestActionForm f) {
        RequestService.Ref ref = RequestService.Ref.of(id, f.getVersion());
        if (f.getOn() == null) {
            throw new RefusedException("请填写日期。");
        }
        switch (this) {
            case CLARIFY:
                return service.requestClarification(actor, ref, f.getOn(), Optional.ofNullable(f.getRespondBy()));
            case CLARIFIED:
                return service.recordClarification(actor, ref, f.getOn());
            case CONSULT:
                return service.startConsultation(actor, ref, f.getOn(), required(f.getParty(), "征求意见的对象"),
                        Optional.ofNullable(f.getPartyName()));
            case CONSULTED:
                return service.endConsultation(actor, ref, f.getOn());
            case EXTEND:
                return service.extend(actor, ref, f.getOn(), required(f.getWorkingDays(), "延长的工作日数"));
            case FEE:
                return service.notifyFee(actor, ref, f.getOn(), required(f.getAmountYuan(), "收费金额"),
                        Optional.ofNullable(f.getFeeReceivedOn()));
            case PAID:
                return service.recordPayment(actor, ref, f.getOn());
            case CLOSE:
                return service.close(actor, ref, f.getOn(), required(f.getOutcome(), "答复结果"), f.replyInformation());
            default:
                return service.withdraw(actor, ref, f.getOn());
        }
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new RefusedException("请填写" + what + "。");
        }
        return value;
    }
}
