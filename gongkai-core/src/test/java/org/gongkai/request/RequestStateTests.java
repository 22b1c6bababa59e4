package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gongkai.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestStateTests {

    private final StatutoryClock clock = new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults());

    // RECEIVED Fri 2025-09-26 is due Thu 2025-10-30 (StatutoryClockTests (a)).
    // Working days left on 10-09: 10-10, Sat 10-11, 10-13..17, 10-20..24, 10-27..30 = 2 + 5 + 5 + 4 = 16.
    // RECEIVED Tue 2026-01-20 with a consultation from 02-03 still open on 02-10: 02-04..06, 02-09, 02-10 paused,
    // so 02-11..13 = 11..13, Sat 02-14 = 14, 02-24..27 = 15..18, Sat 02-28 = 19, 03-02 = 20 -> due 2026-03-02;
    // left on 02-10: 02-11..13, 02-14, 02-24..28, 03-02 = 10.
    // RECEIVED 2025-03-03 with a 补正 outstanding on Tue 2025-05-06: counted as if corrected that day, so 20 after
    // 05-06: 05-07..09 = 1..3; 05-12..16 = 4..8; 05-19..23 = 9..13; 05-26..30 = 14..18; 05-31..06-02 off;
    // 06-03, 06-04 = 19, 20 -> 2025-06-04, 20 left.
    // Fee notified 2025-06-10 and unpaid on 06-16: 06-11..13, 06-16 paused; 06-04..06, 06-09, 06-10 = 1..5;
    // 06-17..20 = 6..9; 06-23..27 = 10..14; 06-30 = 15; 07-01..04 = 16..19; 07-07 = 20 -> due 2025-07-07; left 15.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            open, 16 working days left                 | RECEIVED 2025-09-26                                             | 2025-10-09 | OPEN                 | 2025-10-30 | 16
            open on the due date itself                | RECEIVED 2025-09-26                                             | 2025-10-30 | OPEN                 | 2025-10-30 | 0
            overdue the day after                      | RECEIVED 2025-09-26                                             | 2025-10-31 | OVERDUE              | 2025-10-30 | -1
            overdue on the weekend after, still -1     | RECEIVED 2025-09-26                                             | 2025-11-02 | OVERDUE              | 2025-10-30 | -1
            closed on the due date is on time          | RECEIVED 2025-09-26; CLOSED 2025-10-30                          | 2025-12-01 | CLOSED_ON_TIME       | 2025-10-30 | 0
            closed the day after is late               | RECEIVED 2025-09-26; CLOSED 2025-10-31                          | 2025-12-01 | CLOSED_LATE          | 2025-10-30 | 0
            open before the closing day                | RECEIVED 2025-09-26; CLOSED 2025-10-31                          | 2025-10-29 | OPEN                 | 2025-10-30 | 1
            waiting on the applicant is never overdue  | RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05         | 2025-05-06 | WAITING_ON_APPLICANT | 2025-06-04 | 20
            closed for no clarification after the first due date is on time | RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05; CLOSED 2025-05-06 OTHER_NO_CLARIFICATION | 2025-05-06 | CLOSED_ON_TIME | 2025-06-04 | 0
            consultation still open                    | RECEIVED 2026-01-20; CONSULTATION_STARTED 2026-02-03            | 2026-02-10 | IN_CONSULTATION      | 2026-03-02 | 10
            awaiting payment                           | RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10                    | 2025-06-16 | AWAITING_PAYMENT     | 2025-07-07 | 15
            """)
    void stateOnADay(String name, String history, LocalDate day, RequestState state, LocalDate dueOn, int left) {
        RequestStatus status = clock.statusOn(Histories.request(history), day);
        assertThat(status.state()).isEqualTo(state);
        assertThat(status.deadline().dueOn()).isEqualTo(dueOn);
        assertThat(status.workingDaysLeft()).isEqualTo(left);
    }

    @Test
    void feeTimeCountedMakesAnUnpaidRequestOverdue() {
        StatutoryClock counting = new StatutoryClock(WorkCalendar.bundled(),
                ClockSettings.defaults().withFeeTimeExcluded(false, LocalDate.of(2019, 5, 15)));
        DisclosureRequest unpaid = Histories.request("RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10");
        assertThat(counting.statusOn(unpaid, LocalDate.of(2025, 7, 1)).state()).isEqualTo(RequestState.AWAITING_PAYMENT);
        assertThat(counting.statusOn(unpaid, LocalDate.of(2025, 7, 2)).state()).isEqualTo(RequestState.OVERDUE);
        assertThat(clock.statusOn(unpaid, LocalDate.of(2025, 7, 2)).state()).isEqualTo(RequestState.AWAITING_PAYMENT);
    }

    @Test
    void dayBeforeReceiptIsRefused() {
        assertThatThrownBy(() -> clock.statusOn(Histories.request("RECEIVED 2025-09-26"), LocalDate.of(2025, 9, 25)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("早于");
    }

    @Test
    void everyStateHasAChineseLabel() {
        assertThat(RequestState.values()).extracting(RequestState::label)
                .containsExactly("等待申请人补正", "征求意见中", "等待缴费", "办理中", "已逾期", "按期办结", "逾期办结");
    }
}
