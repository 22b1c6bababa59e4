package org.gongkai.letter;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.RequestEvent;
import org.gongkai.request.StatutoryClock;

/**
 * Gather the facts of the letter one request event calls for: the agency's letterhead, what the person
 * writing passes in (names, the information asked for), and the dates the statutory clock computes from
 * the history up to that event.
 */
public final class LetterFactsAssembler {

    private final Function<DisclosureRequest, StatutoryClock> clock;

    public LetterFactsAssembler(StatutoryClock clock) {
        this(request -> clock);
        Objects.requireNonNull(clock, "clock");
    }

    /** Create an assembler that asks {@code clock} for the clock in force each time, so a new calendar counts at once. */
    public LetterFactsAssembler(Supplier<StatutoryClock> clock) {
        this(request -> clock.get());
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * Create an assembler that asks {@code clockOf} for the clock of each request (its agency's settings) each
     * time, so a new calendar or a changed setting counts at once.
     */
    public LetterFactsAssembler(Function<DisclosureRequest, StatutoryClock> clockOf) {
        this.clock = Objects.requireNonNull(clockOf, "clockOf");
    }

    /**
     * Return the facts of the letter for event {@code eventIndex} of {@code request}, dated {@code issuedOn}.
     *
     * @throws IllegalArgumentException (Chinese message) if the event calls for no letter or a fact is missing
     */
    public LetterFacts facts(DisclosureRequest request, int eventIndex, Letterhead letterhead,
            Correspondence correspondence, LocalDate issuedOn) {
        if (eventIndex < 0 || eventIndex >= request.events().size()) {
            throw new IllegalArgumentException("申请 " + request.id() + " 没有第 " + eventIndex + " 个事件");
        }
        RequestEvent event = request.events().get(eventIndex);
        LetterType type = LetterPlan.forEvent(event, correspondence).orElseThrow(() -> new IllegalArgumentException(
                "申请 " + request.id() + " 的第 " + eventIndex + " 个事件（" + event.type() + "）不需要发出文书"));
        DisclosureRequest soFar = historyUpTo(request, eventIndex);
        LetterFacts.Builder facts = LetterFacts.builder(letterhead.agencyName(), request.id(), issuedOn)
                .text(LetterVariable.CONTACT, letterhead.contact())
                .text(LetterVariable.RECIPIENT_NAME, correspondence.recipientName())
                .text(LetterVariable.REQUESTED_INFORMATION, correspondence.requestedInformation())
                .text(LetterVariable.DETAILS, correspondence.details())
                .date(LetterVariable.RECEIVED_ON, request.receivedOn());
        for (LetterVariable particular : LetterVariable.particularsOf(type)) {
            String value = correspondence.particulars().get(particular);
            if (value != null) {
                facts.text(particular, value);
            } else if (particular.isNeededIn(type)) {
                throw new IllegalArgumentException(type.label() + "须写明" + particular.description() + "。");
            }
        }
        switch (type.kind()) {
            case RECEIPT -> facts.date(LetterVariable.DUE_ON, clock.apply(request).deadline(soFar).dueOn());
            case CLARIFICATION -> facts.date(LetterVariable.RESPOND_BY,
                    ((RequestEvent.ClarificationRequested) event).respondBy().orElseThrow(() ->
                            new IllegalArgumentException("补正告知书须写明补正期限：请在补正事件中填写 respondBy")));
            case EXTENSION -> facts
                    .date(LetterVariable.ORIGINAL_DUE_ON, clock.apply(request).deadline(historyUpTo(request, eventIndex - 1)).dueOn())
                    .date(LetterVariable.DUE_ON, clock.apply(request).deadline(soFar).dueOn())
                    .text(LetterVariable.EXTENSION_DAYS, String.valueOf(((RequestEvent.Extended) event).workingDays()));
            case FEE_NOTICE -> facts
                    .text(LetterVariable.FEE_AMOUNT, ((RequestEvent.FeeNotified) event).amountYuan()
                            .setScale(2, RoundingMode.HALF_UP).toPlainString())
                    .date(LetterVariable.PAYMENT_DEADLINE, clock.apply(request).feePaymentDeadline(soFar).orElseThrow().dueOn());
            case REPLY -> {
                facts.text(LetterVariable.REMEDIES, Remedies.text(letterhead.reviewBody(), letterhead.court()));
                type.article().ifPresent(a -> facts.text(LetterVariable.ARTICLE, Remedies.REGULATION + a));
            }
            default -> {
            }
        }
        return facts.build();
    }

    private static DisclosureRequest historyUpTo(DisclosureRequest request, int eventIndex) {
        return new DisclosureRequest(request.id(), request.agency(), request.applicantType(), request.channel(),
                request.events().subList(0, eventIndex + 1));
    }
}
