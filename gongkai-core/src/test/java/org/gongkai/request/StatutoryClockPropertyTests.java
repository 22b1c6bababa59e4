package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gongkai.calendar.AgencyClosure;
import org.gongkai.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

/** Properties of the clock over seeded random histories (plain JUnit, java.util.Random; the seed is fixed). */
class StatutoryClockPropertyTests {

    private static final long SEED = 20261129L;
    private static final int RUNS = 500;
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final int SPAN_DAYS = 8 * 365 + 30;

    private final WorkCalendar calendar = WorkCalendar.bundled()
            .withClosure(new AgencyClosure(Histories.AGENCY, LocalDate.of(2024, 7, 24), LocalDate.of(2024, 7, 26), "台风停工"));
    private final StatutoryClock clock = new StatutoryClock(calendar, ClockSettings.defaults());

    @Test
    void dueDateIsAlwaysAWorkingDayOfTheAgency() {
        Random random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            DisclosureRequest request = request(history(random, random.nextBoolean()));
            LocalDate due = clock.deadline(request).dueOn();
            assertThat(calendar.isWorkingDay(due, Histories.AGENCY)).as(request.events().toString()).isTrue();
        }
    }

    @Test
    void addingAPauseNeverMakesTheDueDateEarlier() {
        Random random = new Random(SEED + 1);
        for (int run = 0; run < RUNS; run++) {
            List<RequestEvent> events = history(random, false);
            LocalDate before = clock.deadline(request(events)).dueOn();
            LocalDate start = last(events).plusDays(random.nextInt(30));
            LocalDate end = start.plusDays(random.nextInt(40));
            List<RequestEvent> paused = new ArrayList<>(events);
            if (random.nextBoolean()) {
                paused.add(new RequestEvent.ConsultationStarted(start, ConsultationParty.THIRD_PARTY));
                paused.add(new RequestEvent.ConsultationEnded(end));
            } else {
                paused.add(new RequestEvent.FeeNotified(start, BigDecimal.TEN));
                paused.add(new RequestEvent.FeePaid(end));
            }
            assertThat(clock.deadline(request(paused)).dueOn()).as(paused.toString()).isAfterOrEqualTo(before);
        }
    }

    @Test
    void extensionOfNMovesTheDueDateInForceByExactlyNWorkingDays() {
        Random random = new Random(SEED + 2);
        int extended = 0;
        for (int run = 0; run < RUNS; run++) {
            List<RequestEvent> events = history(random, false);
            LocalDate approvedOn = last(events).plusDays(random.nextInt(20));
            LocalDate inForce = clock.statusOn(request(events), approvedOn).deadline().dueOn();
            int n = 1 + random.nextInt(20);
            List<RequestEvent> withExtension = new ArrayList<>(events);
            withExtension.add(new RequestEvent.Extended(approvedOn, n));
            if (approvedOn.isAfter(inForce)) {
                assertThatThrownBy(() -> clock.deadline(request(withExtension))).isInstanceOf(InvalidHistoryException.class);
            } else {
                extended++;
                assertThat(clock.deadline(request(withExtension)).dueOn()).as(withExtension.toString())
                        .isEqualTo(calendar.addWorkingDays(inForce, n, Histories.AGENCY));
            }
        }
        assertThat(extended).as("histories where the extension was in time").isGreaterThan(RUNS / 4);
    }

    /**
     * The clock answers without writing a trace and writes the trace only when asked, by the same computation with a
     * recorder listening: the day the trace arrives at, its provisional warning and its count must be the answer's.
     */
    @Test
    void answerWithoutTraceEqualsTheTracedAnswer() {
        Random random = new Random(SEED + 4);
        int extended = 0;
        for (int run = 0; run < 3000; run++) {
            List<RequestEvent> events = history(random, random.nextBoolean());
            if (random.nextInt(3) == 0 && !(events.get(events.size() - 1) instanceof RequestEvent.Closed)) {
                LocalDate approvedOn = last(events).plusDays(random.nextInt(15));
                if (!approvedOn.isAfter(clock.statusOn(request(events), approvedOn).deadline().dueOn())) {
                    events.add(new RequestEvent.Extended(approvedOn, 1 + random.nextInt(20)));
                    extended++;
                }
            }
            DisclosureRequest request = request(events);
            assertMatchesItsTrace(clock.deadline(request), events.toString());
            LocalDate day = request.receivedOn().plusDays(random.nextInt(160));
            RequestStatus status = clock.statusOn(request, day);
            LocalDate tracedDue = assertMatchesItsTrace(status.deadline(), events + " on " + day);
            Optional<LocalDate> finished = request.finishedOn().filter(f -> !f.isAfter(day));
            if (finished.isPresent()) {
                assertThat(status.state()).isEqualTo(finished.get().isAfter(tracedDue) ? RequestState.CLOSED_LATE : RequestState.CLOSED_ON_TIME);
                assertThat(status.workingDaysLeft()).isZero();
            } else {
                assertThat(status.workingDaysLeft()).as(events + " on " + day).isEqualTo(workingDaysByWalk(day, tracedDue));
                if (status.state() == RequestState.OPEN || status.state() == RequestState.OVERDUE) {
                    assertThat(status.state()).isEqualTo(day.isAfter(tracedDue) ? RequestState.OVERDUE : RequestState.OPEN);
                }
            }
        }
        assertThat(extended).as("histories with an extension").isGreaterThan(300);
    }

    /** Assert that the trace ends on the deadline's day, counts its full period and warns exactly when provisional. */
    private static LocalDate assertMatchesItsTrace(Deadline deadline, String what) {
        List<String> lines = deadline.trace().lines();
        String lastLine = lines.get(lines.size() - 1);
        LocalDate tracedDue = LocalDate.parse(lastLine.substring(lastLine.indexOf('：') + 1, lastLine.indexOf('：') + 11));
        assertThat(tracedDue).as(what).isEqualTo(deadline.dueOn());
        String total = lines.stream().filter(l -> l.startsWith("答复期限：自 ")).findFirst().orElseThrow()
                .replaceAll(".* 起 (\\d+) 个工作日.*", "$1");
        assertThat(lines.get(lines.size() - 2)).as(what).matches(".*计第 (\\d+—)?" + total + " 个工作日");
        assertThat(deadline.trace().warnings().stream().anyMatch(w -> w.startsWith("临时结果"))).as(what)
                .isEqualTo(deadline.provisional());
        return tracedDue;
    }

    /** Count the agency's working days after {@code from} up to {@code to} (negative when reversed), day by day. */
    private int workingDaysByWalk(LocalDate from, LocalDate to) {
        LocalDate low = from.isBefore(to) ? from : to;
        LocalDate high = from.isBefore(to) ? to : from;
        int count = 0;
        for (LocalDate day = low.plusDays(1); !day.isAfter(high); day = day.plusDays(1)) {
            count += calendar.explain(day, Histories.AGENCY).working() ? 1 : 0;
        }
        return from.isBefore(to) ? count : -count;
    }

    @Test
    void recomputingFromTheSameEventsGivesTheSameAnswer() {
        Random random = new Random(SEED + 3);
        for (int run = 0; run < RUNS; run++) {
            List<RequestEvent> events = history(random, random.nextBoolean());
            Deadline first = clock.deadline(request(events));
            Deadline again = new StatutoryClock(calendar, ClockSettings.defaults()).deadline(request(List.copyOf(events)));
            assertThat(again).isEqualTo(first);
            LocalDate day = events.get(0).on().plusDays(random.nextInt(90));
            assertThat(clock.statusOn(request(events), day)).isEqualTo(clock.statusOn(request(events), day));
        }
    }

    /**
     * Closing with an outcome 表三 ties to a prior step (interchange.md amendment 1) is accepted exactly when an
     * independent reading of the history supports it, and then the due date is that of any other close that day.
     */
    @Test
    void closesThatNeedAPriorStepAreRefusedExactlyWhenTheHistoryLacksIt() {
        Random random = new Random(SEED + 5);
        Outcome[] needing = {Outcome.UNAVAILABLE_STILL_UNCLEAR, Outcome.OTHER_NO_CLARIFICATION, Outcome.OTHER_FEE_UNPAID};
        int refused = 0;
        int accepted = 0;
        for (int run = 0; run < RUNS * 2; run++) {
            List<RequestEvent> events = history(random, random.nextBoolean());
            if (events.get(events.size() - 1) instanceof RequestEvent.Closed) {
                events.remove(events.size() - 1);
            }
            if (events.get(events.size() - 1) instanceof RequestEvent.ClarificationRequested notice && random.nextBoolean()) {
                events.set(events.size() - 1, new RequestEvent.ClarificationRequested(notice.on(),
                        Optional.of(notice.on().plusDays(random.nextInt(30)))));
            }
            LocalDate closedOn = last(events).plusDays(random.nextInt(45));
            Outcome outcome = needing[random.nextInt(needing.length)];
            List<RequestEvent> closed = new ArrayList<>(events);
            closed.add(new RequestEvent.Closed(closedOn, outcome));
            if (supports(events, outcome, closedOn)) {
                accepted++;
                List<RequestEvent> disclosed = new ArrayList<>(events);
                disclosed.add(new RequestEvent.Closed(closedOn, Outcome.DISCLOSED));
                assertThat(clock.deadline(request(closed)).dueOn()).as(closed.toString())
                        .isEqualTo(clock.deadline(request(disclosed)).dueOn());
            } else {
                refused++;
                assertThatThrownBy(() -> clock.deadline(request(closed))).as(closed.toString())
                        .isInstanceOf(InvalidHistoryException.class)
                        .hasMessageContaining("不能以表三“" + outcome.group().label() + " " + outcome.label() + "”办结");
            }
        }
        assertThat(refused).as("refused closes").isGreaterThan(RUNS / 2);
        assertThat(accepted).as("accepted closes").isGreaterThan(RUNS / 10);
    }

    /** A 补正 notice sent after the due date in force never moves it, whatever lateClarificationRestarts says. */
    @Test
    void noticeAfterTheDueDateNeverMovesItUnderEitherSetting() {
        Random random = new Random(SEED + 6);
        for (boolean restarts : new boolean[] {false, true}) {
            StatutoryClock chosen = new StatutoryClock(calendar,
                    ClockSettings.defaults().withLateClarificationRestarts(restarts, LocalDate.of(2019, 5, 15)));
            for (int run = 0; run < RUNS; run++) {
                List<RequestEvent> events = history(random, false);
                LocalDate due = chosen.deadline(request(events)).dueOn();
                LocalDate sent = (due.isAfter(last(events)) ? due : last(events)).plusDays(1 + random.nextInt(20));
                List<RequestEvent> late = new ArrayList<>(events);
                late.add(new RequestEvent.ClarificationRequested(sent, Optional.empty()));
                assertThat(chosen.statusOn(request(late), sent).state()).as(late.toString()).isEqualTo(RequestState.OVERDUE);
                late.add(new RequestEvent.ClarificationReceived(sent.plusDays(random.nextInt(20))));
                assertThat(chosen.deadline(request(late)).dueOn()).as(late.toString()).isEqualTo(due);
            }
        }
    }

    /** Return whether {@code events} support closing with {@code outcome} on {@code closedOn}, read without the clock. */
    private boolean supports(List<RequestEvent> events, Outcome outcome, LocalDate closedOn) {
        RequestEvent lastClarification = null;
        RequestEvent lastFee = null;
        boolean corrected = false;
        for (RequestEvent e : events) {
            if (e instanceof RequestEvent.ClarificationRequested || e instanceof RequestEvent.ClarificationReceived) {
                lastClarification = e;
                corrected |= e instanceof RequestEvent.ClarificationReceived;
            } else if (e instanceof RequestEvent.FeeNotified || e instanceof RequestEvent.FeePaid) {
                lastFee = e;
            }
        }
        if (outcome == Outcome.UNAVAILABLE_STILL_UNCLEAR) {
            return corrected;
        }
        if (outcome == Outcome.OTHER_NO_CLARIFICATION) {
            return lastClarification instanceof RequestEvent.ClarificationRequested notice
                    && notice.respondBy().map(closedOn::isAfter).orElse(true);
        }
        return lastFee instanceof RequestEvent.FeeNotified notice
                && closedOn.isAfter(calendar.addWorkingDays(notice.on(), 20, Histories.AGENCY));
    }

    /** Return a legal history: RECEIVED, then random closed pauses and clarifications, optionally left open or closed. */
    private static List<RequestEvent> history(Random random, boolean mayEndOpenOrClosed) {
        List<RequestEvent> events = new ArrayList<>();
        LocalDate day = FIRST.plusDays(random.nextInt(SPAN_DAYS));
        events.add(new RequestEvent.Received(day));
        int steps = random.nextInt(4);
        for (int i = 0; i < steps; i++) {
            LocalDate start = day.plusDays(random.nextInt(12));
            LocalDate end = start.plusDays(random.nextInt(25));
            switch (random.nextInt(3)) {
                case 0 -> {
                    events.add(new RequestEvent.ClarificationRequested(start, Optional.empty()));
                    events.add(new RequestEvent.ClarificationReceived(end));
                }
                case 1 -> {
                    events.add(new RequestEvent.ConsultationStarted(start, ConsultationParty.AGENCY));
                    events.add(new RequestEvent.ConsultationEnded(end));
                }
                default -> {
                    events.add(new RequestEvent.FeeNotified(start, BigDecimal.ONE));
                    events.add(new RequestEvent.FeePaid(end));
                }
            }
            day = end;
        }
        if (mayEndOpenOrClosed) {
            LocalDate later = day.plusDays(random.nextInt(30));
            switch (random.nextInt(4)) {
                case 0 -> events.add(new RequestEvent.ConsultationStarted(later, ConsultationParty.THIRD_PARTY));
                case 1 -> events.add(new RequestEvent.FeeNotified(later, BigDecimal.ONE));
                case 2 -> events.add(new RequestEvent.ClarificationRequested(later, Optional.empty()));
                default -> events.add(new RequestEvent.Closed(later, Outcome.DISCLOSED));
            }
        }
        return events;
    }

    private static LocalDate last(List<RequestEvent> events) {
        return events.get(events.size() - 1).on();
    }

    private static DisclosureRequest request(List<RequestEvent> events) {
        return new DisclosureRequest("P-1", Histories.AGENCY, ApplicantType.NATURAL_PERSON, Channel.ONLINE, events);
    }
}
