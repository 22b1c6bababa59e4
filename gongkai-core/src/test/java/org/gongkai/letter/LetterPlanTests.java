package org.gongkai.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestEvent;
import org.junit.jupiter.api.Test;

class LetterPlanTests {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    @Test
    void eachStepTheAgencyTakesCallsForItsLetter() {
        assertThat(plan(new RequestEvent.Received(DAY))).contains(LetterType.of(LetterKind.RECEIPT));
        assertThat(plan(new RequestEvent.ClarificationRequested(DAY, Optional.empty())))
                .contains(LetterType.of(LetterKind.CLARIFICATION));
        assertThat(plan(new RequestEvent.ConsultationStarted(DAY, ConsultationParty.THIRD_PARTY)))
                .contains(LetterType.of(LetterKind.CONSULTATION_THIRD_PARTY));
        assertThat(plan(new RequestEvent.ConsultationStarted(DAY, ConsultationParty.AGENCY)))
                .contains(LetterType.of(LetterKind.CONSULTATION_AGENCY));
        assertThat(plan(new RequestEvent.Extended(DAY, 10))).contains(LetterType.of(LetterKind.EXTENSION));
        assertThat(plan(new RequestEvent.FeeNotified(DAY, BigDecimal.TEN))).contains(LetterType.of(LetterKind.FEE_NOTICE));
        assertThat(plan(new RequestEvent.Withdrawn(DAY))).contains(LetterType.of(LetterKind.WITHDRAWAL));
    }

    @Test
    void eachOutcomeCallsForItsOwnReply() {
        Set<LetterType> replies = new HashSet<>();
        for (Outcome outcome : Outcome.values()) {
            Optional<LetterType> type = plan(new RequestEvent.Closed(DAY, outcome));
            assertThat(type).map(LetterType::outcome).contains(Optional.of(outcome));
            replies.add(type.orElseThrow());
        }
        assertThat(replies).hasSize(Outcome.values().length);
    }

    @Test
    void theOtherSidesActsCallForNoLetter() {
        assertThat(plan(new RequestEvent.ClarificationReceived(DAY))).isEmpty();
        assertThat(plan(new RequestEvent.ConsultationEnded(DAY))).isEmpty();
        assertThat(plan(new RequestEvent.FeePaid(DAY))).isEmpty();
    }

    @Test
    void typeIdsAreUniqueAndFindTheirTypeAgain() {
        for (LetterType type : LetterType.all()) {
            assertThat(LetterType.byId(type.id())).contains(type);
        }
        assertThat(LetterType.byId("reply.NO_SUCH")).isEmpty();
        assertThat(LetterType.all())
                .hasSize(LetterKind.values().length - 1 + Outcome.values().length + ReplyVariant.values().length);
        assertThat(LetterType.reply(ReplyVariant.NOT_RESPONSIBLE).id()).isEqualTo("reply.UNAVAILABLE_NOT_HELD.NOT_RESPONSIBLE");
    }

    private static Optional<LetterType> plan(RequestEvent event) {
        return LetterPlan.forEvent(event);
    }
}
