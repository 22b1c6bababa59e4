package org.gongkai.bench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestEvent;

/**
 * Invented request histories that the law allows: received first; an optional 补正 within 7 calendar days
 * (so within 7 working days); an optional consultation; at most one extension of 1–20 working days,
 * approved fewer than 20 calendar days after the reply period started (so before any due date); then
 * closed or withdrawn, unless that falls after the last generated year, when the request stays open. The outcome
 * is one the history supports: no 逾期不补正 or 逾期未缴费, 补正后仍不明确 only after a correction.
 */
final class RequestHistories {

    private static final ApplicantType[] TYPES = ApplicantType.values();
    private static final Channel[] CHANNELS = Channel.values();
    /** The outcomes these histories support: none leaves a 补正 or a fee unanswered (interchange.md amendment 1). */
    private static final Outcome[] OUTCOMES = Arrays.stream(Outcome.values())
            .filter(o -> o != Outcome.OTHER_NO_CLARIFICATION && o != Outcome.OTHER_FEE_UNPAID).toArray(Outcome[]::new);

    private final Random random;
    private final GeneratorSettings settings;
    private final LocalDate first;
    private final LocalDate last;

    RequestHistories(Random random, GeneratorSettings settings) {
        this.random = random;
        this.settings = settings;
        this.first = LocalDate.of(settings.firstYear(), 1, 1);
        this.last = LocalDate.of(settings.firstYear() + settings.years() - 1, 12, 31);
    }

    List<DisclosureRequest> requests() {
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        List<DisclosureRequest> requests = new ArrayList<>(settings.requests());
        for (int i = 0; i < settings.requests(); i++) {
            String agency = DatasetGenerator.agencyCode(random.nextInt(settings.agencies()));
            int type = random.nextInt(20);
            requests.add(new DisclosureRequest(String.format("R%07d", i + 1), agency,
                    type < 15 ? ApplicantType.NATURAL_PERSON : TYPES[type - 14],
                    CHANNELS[random.nextInt(CHANNELS.length)],
                    history(first.plusDays(random.nextInt(days)))));
        }
        return requests;
    }

    private List<RequestEvent> history(LocalDate received) {
        List<RequestEvent> events = new ArrayList<>(4);
        events.add(new RequestEvent.Received(received));
        LocalDate periodStart = received;
        if (random.nextInt(10) == 0) {
            LocalDate requested = received.plusDays(1 + random.nextInt(7));
            events.add(new RequestEvent.ClarificationRequested(requested, Optional.of(requested.plusDays(15))));
            periodStart = requested.plusDays(1 + random.nextInt(14));
            events.add(new RequestEvent.ClarificationReceived(periodStart));
        }
        LocalDate latest = periodStart;
        if (random.nextInt(20) == 0) {
            LocalDate started = periodStart.plusDays(1 + random.nextInt(5));
            latest = started.plusDays(1 + random.nextInt(21));
            events.add(new RequestEvent.ConsultationStarted(started, ConsultationParty.THIRD_PARTY));
            events.add(new RequestEvent.ConsultationEnded(latest));
        }
        if (random.nextInt(20) == 0) {
            LocalDate extended = max(latest, periodStart.plusDays(10 + random.nextInt(9)));
            if (extended.isBefore(periodStart.plusDays(20))) {
                events.add(new RequestEvent.Extended(extended, 1 + random.nextInt(20)));
                latest = extended;
            }
        }
        LocalDate finished = latest.plusDays(1 + random.nextInt(40));
        if (!finished.isAfter(last)) {
            events.add(random.nextInt(25) == 0 ? new RequestEvent.Withdrawn(finished)
                    : new RequestEvent.Closed(finished, outcome(periodStart != received)));
        }
        return events;
    }

    /**
     * Return an outcome, most often 予以公开 as in published reports, every row the history supports possible
     * (补正后仍不明确 only after a correction).
     */
    private Outcome outcome(boolean corrected) {
        int draw = random.nextInt(100);
        Outcome outcome = draw < 40 ? Outcome.DISCLOSED
                : draw < 50 ? Outcome.PARTIALLY_DISCLOSED
                : draw < 70 ? Outcome.UNAVAILABLE_NOT_HELD
                : OUTCOMES[random.nextInt(OUTCOMES.length)];
        return outcome == Outcome.UNAVAILABLE_STILL_UNCLEAR && !corrected ? Outcome.OTHER : outcome;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
