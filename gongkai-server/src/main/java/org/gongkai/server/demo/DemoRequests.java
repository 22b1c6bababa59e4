package org.gongkai.server.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import org.gongkai.letter.ChineseDates;
import org.gongkai.letter.LetterVariable;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.Outcome;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StoredRequest;
import org.gongkai.server.security.Actor;

/**
 * A year of invented requests for one agency: received over the last 365 days, each following one of a
 * few courses (answered on time, late, withdrawn, clarified, consulted, extended, charged a fee, left unanswered). Steps
 * dated after today are not taken, so recent requests are still in progress, and the late ones are
 * overdue for a while: every state occurs. Each course is legal on any calendar (an extension comes at
 * most 24 days after receipt, before any 20-working-day due date).
 */
final class DemoRequests {

    private static final Outcome[] COMMON_OUTCOMES = {Outcome.DISCLOSED, Outcome.DISCLOSED, Outcome.DISCLOSED,
        Outcome.PARTIALLY_DISCLOSED, Outcome.UNAVAILABLE_NOT_HELD, Outcome.UNAVAILABLE_NOT_HELD,
        Outcome.WITHHELD_THIRD_PARTY_RIGHTS, Outcome.WITHHELD_PROCESS_INFORMATION, Outcome.NOT_PROCESSED_COMPLAINT,
        Outcome.NOT_PROCESSED_REPEATED, Outcome.UNAVAILABLE_NEEDS_CREATION};

    /** The invented third party every demo consultation asks. */
    static final String CONSULTED_COMPANY = "江澜市示例建设工程有限公司";

    private final RequestService requests;
    private final Random random;
    private final Actor registrar;
    private final Actor handler;
    private final Actor approver;
    private final LocalDate today;

    DemoRequests(RequestService requests, Random random, DemoStaff staff, LocalDate today) {
        this.requests = requests;
        this.random = random;
        this.registrar = staff.registrar();
        this.handler = staff.handler();
        this.approver = staff.approver();
        this.today = today;
    }

    void year(String agency, int count, BiFunction<String, LocalDate, RequestService.Submission> submission) {
        everyStateToday(agency, submission);
        for (int i = 0; i < count; i++) {
            LocalDate received = today.minusDays(1 + random.nextInt(365));
            StoredRequest s = requests.register(registrar, submission.apply(agency, received)).request();
            follow(s, received, random.nextInt(10));
        }
    }

    /** One request in each state on {@code today}, whatever the random ones happen to be. */
    private void everyStateToday(String agency, BiFunction<String, LocalDate, RequestService.Submission> submission) {
        new Steps(register(agency, submission, 6)).clarificationRequested(today.minusDays(4));
        new Steps(register(agency, submission, 12)).consultation(today.minusDays(5), today.plusDays(1));
        new Steps(register(agency, submission, 10)).fee(today.minusDays(3));
        register(agency, submission, 2);
        register(agency, submission, 60);
        new Steps(register(agency, submission, 30)).close(today.minusDays(20), outcome());
        new Steps(register(agency, submission, 80)).close(today.minusDays(20), outcome());
    }

    private StoredRequest register(String agency, BiFunction<String, LocalDate, RequestService.Submission> submission,
            int daysAgo) {
        return requests.register(registrar, submission.apply(agency, today.minusDays(daysAgo))).request();
    }

    private void follow(StoredRequest s, LocalDate received, int course) {
        Steps steps = new Steps(s);
        switch (course) {
            case 0, 1, 2 -> steps.close(received.plusDays(5 + random.nextInt(20)), outcome());
            case 3 -> steps.close(received.plusDays(35 + random.nextInt(20)), outcome());
            case 4 -> steps.withdraw(received.plusDays(2 + random.nextInt(15)));
            case 5 -> {
                steps.clarificationRequested(received.plusDays(1 + random.nextInt(5)));
                if (random.nextBoolean()) {
                    steps.clarificationReceived(received.plusDays(8 + random.nextInt(6)));
                    steps.close(received.plusDays(25 + random.nextInt(10)), outcome());
                } else {
                    steps.close(received.plusDays(40 + random.nextInt(10)), Outcome.OTHER_NO_CLARIFICATION);
                }
            }
            case 6 -> {
                steps.consultation(received.plusDays(5 + random.nextInt(8)), received.plusDays(20 + random.nextInt(10)));
                steps.close(received.plusDays(36 + random.nextInt(10)), Outcome.WITHHELD_THIRD_PARTY_RIGHTS);
            }
            case 7 -> {
                steps.extend(received.plusDays(20 + random.nextInt(5)));
                steps.close(received.plusDays(40 + random.nextInt(12)), outcome());
            }
            case 8 -> {
                steps.fee(received.plusDays(6 + random.nextInt(5)));
                if (random.nextBoolean()) {
                    steps.paid(received.plusDays(14 + random.nextInt(6)));
                    steps.close(received.plusDays(30 + random.nextInt(8)), Outcome.DISCLOSED);
                } else {
                    steps.close(received.plusDays(50 + random.nextInt(5)), Outcome.OTHER_FEE_UNPAID);
                }
            }
            default -> {
                // Left unanswered: overdue once its due date has passed.
            }
        }
    }

    private Outcome outcome() {
        return COMMON_OUTCOMES[random.nextInt(COMMON_OUTCOMES.length)];
    }

    /** Takes the steps of one request in order, none dated after today. */
    private final class Steps {
        private StoredRequest s;

        Steps(StoredRequest s) {
            this.s = s;
        }

        private boolean due(LocalDate on) {
            return !on.isAfter(today);
        }

        private RequestService.Ref ref() {
            return RequestService.Ref.of(s.request().id(), s.version()).withLetter(DemoLetters.STATED);
        }

        void close(LocalDate on, Outcome outcome) {
            if (due(on)) {
                s = requests.close(handler, ref(), on, outcome);
            }
        }

        void withdraw(LocalDate on) {
            if (due(on)) {
                s = requests.withdraw(registrar, ref(), on);
            }
        }

        void clarificationRequested(LocalDate on) {
            if (due(on)) {
                s = requests.requestClarification(handler, ref(), on, Optional.of(on.plusDays(15)));
            }
        }

        void clarificationReceived(LocalDate on) {
            if (due(on)) {
                s = requests.recordClarification(registrar, ref(), on);
            }
        }

        void consultation(LocalDate start, LocalDate end) {
            if (due(start)) {
                s = requests.startConsultation(handler, ref().withLetter(DemoLetters.STATED
                        .with(LetterVariable.OPINION_BY, ChineseDates.format(end))), start, ConsultationParty.THIRD_PARTY,
                        Optional.of(CONSULTED_COMPANY));
            }
            if (due(end)) {
                s = requests.endConsultation(handler, ref(), end);
            }
        }

        void extend(LocalDate on) {
            if (due(on)) {
                s = requests.extend(approver, ref(), on, 15);
            }
        }

        void fee(LocalDate on) {
            if (due(on)) {
                s = requests.notifyFee(handler, ref(), on, new BigDecimal(100 * (1 + random.nextInt(10))));
            }
        }

        void paid(LocalDate on) {
            if (due(on)) {
                s = requests.recordPayment(registrar, ref(), on);
            }
        }
    }
}
