package org.gongkai.letter;

import java.util.Optional;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.RequestEvent;

/** Which letter each step of a request calls for. */
public final class LetterPlan {

    private LetterPlan() {
    }

    /**
     * Return the letter the event calls for as {@code correspondence} writes it: the reply variant it names, which
     * must be one of the closed outcome's.
     *
     * @throws IllegalArgumentException (Chinese message) if the variant is not a reply to the event's outcome
     */
    public static Optional<LetterType> forEvent(RequestEvent event, Correspondence correspondence) {
        Optional<LetterType> plain = forEvent(event);
        if (correspondence.variant().isEmpty()) {
            return plain;
        }
        ReplyVariant variant = correspondence.variant().get();
        if (plain.flatMap(LetterType::outcome).filter(o -> o == variant.outcome()).isEmpty()) {
            throw new IllegalArgumentException("“" + variant.label() + "”只用于“" + variant.outcome().label() + "”的答复");
        }
        return Optional.of(LetterType.reply(variant));
    }

    /**
     * Return the letter that the event obliges the agency to send, or empty for an event that is the other
     * side's act (a clarification or an opinion received, a fee paid).
     */
    public static Optional<LetterType> forEvent(RequestEvent event) {
        if (event instanceof RequestEvent.Received) {
            return Optional.of(LetterType.of(LetterKind.RECEIPT));
        }
        if (event instanceof RequestEvent.ClarificationRequested) {
            return Optional.of(LetterType.of(LetterKind.CLARIFICATION));
        }
        if (event instanceof RequestEvent.ConsultationStarted started) {
            return Optional.of(LetterType.of(started.party() == ConsultationParty.THIRD_PARTY
                    ? LetterKind.CONSULTATION_THIRD_PARTY
                    : LetterKind.CONSULTATION_AGENCY));
        }
        if (event instanceof RequestEvent.Extended) {
            return Optional.of(LetterType.of(LetterKind.EXTENSION));
        }
        if (event instanceof RequestEvent.FeeNotified) {
            return Optional.of(LetterType.of(LetterKind.FEE_NOTICE));
        }
        if (event instanceof RequestEvent.Closed closed) {
            return Optional.of(LetterType.reply(closed.outcome()));
        }
        if (event instanceof RequestEvent.Withdrawn) {
            return Optional.of(LetterType.of(LetterKind.WITHDRAWAL));
        }
        return Optional.empty();
    }
}
