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
