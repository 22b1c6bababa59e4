package org.gongkai.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.appeal.AppealResult;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.report.DecisionCounts;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestEvent;

/** Generates valid, varied datasets (legal histories using every event type) from a seeded {@link Random}. */
final class RandomDatasets {

    private static final String[] TEXT_PARTS = {
        "政府信息公开", "合作交流办公室", "\"引号\"", "反斜杠\\", "换行\n", "制表\t", "\u0001", "😀", "A-1", " ", "…"
    };

    /** The outcomes that need no prior step: every phase above completes, so none leaves a 补正 or fee unanswered. */
    private static final Outcome[] UNCONDITIONAL_OUTCOMES = Arrays.stream(Outcome.values())
            .filter(o -> o != Outcome.OTHER_NO_CLARIFICATION && o != Outcome.OTHER_FEE_UNPAID
                    && o != Outcome.UNAVAILABLE_STILL_UNCLEAR)
            .toArray(Outcome[]::new);

    private final Random random;

    RandomDatasets(Random random) {
        this.random = random;
    }

    Dataset next() {
        List<Agency> agencies = new ArrayList<>();
        int agencyCount = 1 + random.nextInt(4);
        for (int i = 0; i < agencyCount; i++) {
            Optional<String> parent = i == 0 || random.nextBoolean()
                    ? Optional.empty() : Optional.of(agencies.get(random.nextInt(i)).code());
            agencies.add(new Agency("AG-" + i, text(), parent));
        }
        List<DisclosureRequest> requests = new ArrayList<>();
        for (int i = random.nextInt(7); i > 0; i--) {
            requests.add(new DisclosureRequest("R-" + requests.size(), agency(agencies),
                    pick(ApplicantType.values()), pick(Channel.values()), history()));
        }
        List<Publication> publications = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            LocalDate issued = date();
            publications.add(new Publication("P-" + publications.size(), agency(agencies), pick(PublicationKind.values()),
                    "IDX-" + random.nextInt(100000), text(), maybe(text()), 1 + random.nextInt(15), issued,
                    issued.plusDays(random.nextInt(30)), maybe(issued.plusDays(400)), maybe(issued.plusYears(5))));
        }
        List<DecisionCounts> counts = new ArrayList<>();
        for (Agency agency : agencies) {
            if (random.nextBoolean()) {
                counts.add(new DecisionCounts(agency.code(), 2019 + random.nextInt(8), random.nextInt(1000),
                        random.nextInt(100), random.nextInt(10), amount()));
            }
        }
        List<Appeal> appeals = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate filed = date();
            Optional<AppealResult> result = maybe(pick(AppealResult.values()));
            Optional<String> request = requests.isEmpty() ? Optional.empty() : maybe(pick(requests).id());
            AppealKind kind = pick(AppealKind.values());
            appeals.add(new Appeal("A-" + appeals.size(), agency(agencies), request, kind, filed,
                    result, result.map(r -> filed.plusDays(1 + random.nextInt(200))), maybe(text()), maybe(text()),
                    kind == AppealKind.LITIGATION_AFTER_REVIEW && random.nextBoolean()));
        }
        return new Dataset(agencies, requests, publications, counts, appeals);
    }

    /** Return a legal history: received, then phases that each complete, then maybe closed or withdrawn. */
    private List<RequestEvent> history() {
        List<RequestEvent> events = new ArrayList<>();
        LocalDate day = date();
        events.add(new RequestEvent.Received(day));
        if (random.nextBoolean()) {
            day = later(day);
            events.add(new RequestEvent.ClarificationRequested(day, maybe(day.plusDays(15))));
            day = later(day);
            events.add(new RequestEvent.ClarificationReceived(day));
        }
        if (random.nextBoolean()) {
            day = later(day);
            events.add(new RequestEvent.Extended(day, 1 + random.nextInt(20)));
        }
        if (random.nextBoolean()) {
            day = later(day);
            events.add(new RequestEvent.ConsultationStarted(day, pick(ConsultationParty.values())));
            day = later(day);
            events.add(new RequestEvent.ConsultationEnded(day));
        }
        if (random.nextBoolean()) {
            day = later(day);
            events.add(new RequestEvent.FeeNotified(day, amount(), maybe(day.plusDays(random.nextInt(4)))));
            day = later(day);
            events.add(new RequestEvent.FeePaid(day));
        }
        int ending = random.nextInt(3);
        if (ending == 1) {
            events.add(new RequestEvent.Closed(later(day), pick(UNCONDITIONAL_OUTCOMES)));
        } else if (ending == 2) {
            events.add(new RequestEvent.Withdrawn(later(day)));
        }
        return events;
    }

    private LocalDate date() {
        return LocalDate.of(2019, 1, 1).plusDays(random.nextInt(8 * 365));
    }

    private LocalDate later(LocalDate day) {
        return day.plusDays(random.nextInt(6));
    }

    private BigDecimal amount() {
        return BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(3));
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            text.append(pick(TEXT_PARTS));
        }
        return text.toString();
    }

    private String agency(List<Agency> agencies) {
        return pick(agencies).code();
    }

    private <T> Optional<T> maybe(T value) {
        return random.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
