package org.gongkai.server.console;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.letter.LetterKind;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.LetterVariable;
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

    /**
     * Return, per action path, the particulars its form takes for the letter it writes: for closing, those of every
     * reply (which of them the letter needs depends on the outcome chosen).
     */
    static Map<String, List<LetterVariable>> particulars() {
        return letterTypes(t -> LetterVariable.particularsOf(t).stream());
    }

    /** Return, per action path, the particulars its letter cannot go without. */
    static Map<String, List<LetterVariable>> neededParticulars() {
        return letterTypes(t -> LetterVariable.particularsOf(t).stream().filter(v -> v.isNeededIn(t)));
    }

    private static Map<String, List<LetterVariable>> letterTypes(
            java.util.function.Function<LetterType, java.util.stream.Stream<LetterVariable>> of) {
        Map<String, List<LetterVariable>> byPath = new java.util.HashMap<>();
        for (RequestAction action : values()) {
            byPath.put(action.path(), LetterType.all().stream().filter(action::writes).flatMap(of).distinct()
                    .sorted().toList());
        }
        return byPath;
    }

    private boolean writes(LetterType type) {
        return switch (this) {
            case CLARIFY -> type.kind() == LetterKind.CLARIFICATION;
            case CONSULT -> type.kind() == LetterKind.CONSULTATION_THIRD_PARTY || type.kind() == LetterKind.CONSULTATION_AGENCY;
            case EXTEND -> type.kind() == LetterKind.EXTENSION;
            case FEE -> type.kind() == LetterKind.FEE_NOTICE;
            case CLOSE -> type.kind() == LetterKind.REPLY;
            default -> false;
        };
    }

    /** Return the path segment of the action's form. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    StoredRequest apply(RequestService service, Actor actor, String id, RequestActionForm f) {
        RequestService.Ref ref = RequestService.Ref.of(id, f.getVersion()).withLetter(f.stepLetter());
        if (f.getOn() == null) {
            throw new RefusedException("请填写日期。");
        }
        if (f.getOpinionBy() != null && f.getOpinionBy().isBefore(f.getOn())) {
            throw new RefusedException("提出意见的期限不能早于征求意见之日。");
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
