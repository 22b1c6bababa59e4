package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every illegal history of interchange.md "Request events" is rejected naming the offending event. */
class DisclosureRequestHistoryTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no RECEIVED first                 | CONSULTATION_STARTED 2025-03-03                                                  | 0 | events[0]（CONSULTATION_STARTED，2025-03-03）：第一个事件必须是 RECEIVED（收到申请）
            a second RECEIVED                 | RECEIVED 2025-03-03; RECEIVED 2025-03-04                                         | 1 | events[1]（RECEIVED，2025-03-04）：RECEIVED（收到申请）只能有一个
            event dated before RECEIVED       | RECEIVED 2025-03-03; CLOSED 2025-03-02                                           | 1 | events[1]（CLOSED，2025-03-02）：日期早于收到申请之日 2025-03-03
            event dated before the one before | RECEIVED 2025-03-03; CONSULTATION_STARTED 2025-03-10; CONSULTATION_ENDED 2025-03-07 | 2 | events[2]（CONSULTATION_ENDED，2025-03-07）：日期早于前一个事件 events[1]（CONSULTATION_STARTED，2025-03-10）
            anything after CLOSED             | RECEIVED 2025-03-03; CLOSED 2025-03-10; FEE_NOTIFIED 2025-03-11                   | 2 | events[2]（FEE_NOTIFIED，2025-03-11）：申请已在 events[1] CLOSED，此后不能再有事件
            anything after WITHDRAWN          | RECEIVED 2025-03-03; WITHDRAWN 2025-03-10; CLOSED 2025-03-11                      | 2 | events[2]（CLOSED，2025-03-11）：申请已在 events[1] WITHDRAWN
            ENDED with no open consultation   | RECEIVED 2025-03-03; CONSULTATION_ENDED 2025-03-07                                | 1 | events[1]（CONSULTATION_ENDED，2025-03-07）：没有正在进行的征求意见
            a second consultation while open  | RECEIVED 2025-03-03; CONSULTATION_STARTED 2025-03-04; CONSULTATION_STARTED 2025-03-05 | 2 | events[2]（CONSULTATION_STARTED，2025-03-05）：events[1] 开始的征求意见尚未结束
            a second EXTENDED                 | RECEIVED 2025-03-03; EXTENDED 2025-03-10 5; EXTENDED 2025-03-12 5                 | 2 | events[2]（EXTENDED，2025-03-12）：只能延期一次，已在 events[1] 延期
            extension over 20 working days    | RECEIVED 2025-03-03; EXTENDED 2025-03-10 21                                       | 1 | events[1]（EXTENDED，2025-03-10）：延期 21 个工作日，超出 1—20 的范围
            extension of no days              | RECEIVED 2025-03-03; EXTENDED 2025-03-10 0                                        | 1 | events[1]（EXTENDED，2025-03-10）：延期 0 个工作日，超出 1—20 的范围
            FEE_PAID without FEE_NOTIFIED     | RECEIVED 2025-03-03; FEE_PAID 2025-03-10                                          | 1 | events[1]（FEE_PAID，2025-03-10）：没有待缴费的收费通知（FEE_NOTIFIED）
            a second fee notice while unpaid  | RECEIVED 2025-03-03; FEE_NOTIFIED 2025-03-04; FEE_NOTIFIED 2025-03-05              | 2 | events[2]（FEE_NOTIFIED，2025-03-05）：events[1] 的收费通知尚未缴费
            clarification received unasked    | RECEIVED 2025-03-03; CLARIFICATION_RECEIVED 2025-03-10                            | 1 | events[1]（CLARIFICATION_RECEIVED，2025-03-10）：没有待补正的补正告知
            a second notice while one pending | RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-04; CLARIFICATION_REQUESTED 2025-03-05 | 2 | events[2]（CLARIFICATION_REQUESTED，2025-03-05）：events[1] 的补正告知尚未收到补正
            """)
    void illegalHistoryIsRejectedNamingTheEvent(String name, String history, int index, String message) {
        assertThatThrownBy(() -> Histories.request(history))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessageStartingWith("申请 T-1 的 " + message)
                .extracting(e -> ((InvalidHistoryException) e).eventIndex()).isEqualTo(index);
    }

    @Test
    void noEventsAtAllIsRejected() {
        assertThatThrownBy(() -> new DisclosureRequest("T-1", "A", ApplicantType.NATURAL_PERSON, Channel.ONLINE, List.of()))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessageContaining("没有任何事件");
    }

    @Test
    void respondByBeforeTheNoticeIsRejected() {
        List<RequestEvent> events = List.of(new RequestEvent.Received(LocalDate.of(2025, 3, 3)),
                new RequestEvent.ClarificationRequested(LocalDate.of(2025, 3, 5), Optional.of(LocalDate.of(2025, 3, 4))));
        assertThatThrownBy(() -> new DisclosureRequest("T-1", "A", ApplicantType.NATURAL_PERSON, Channel.ONLINE, events))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage("申请 T-1 的 events[1]（CLARIFICATION_REQUESTED，2025-03-05）：补正期限 2025-03-04 早于告知之日");
    }

    @Test
    void legalHistoryWithEveryKindOfEventIsAccepted() {
        DisclosureRequest request = Histories.request("RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-04; "
                + "CLARIFICATION_RECEIVED 2025-03-06; CONSULTATION_STARTED 2025-03-07 AGENCY; CONSULTATION_ENDED 2025-03-14; "
                + "CONSULTATION_STARTED 2025-03-14; CONSULTATION_ENDED 2025-03-20; FEE_NOTIFIED 2025-03-21; FEE_PAID 2025-03-21; "
                + "EXTENDED 2025-03-28 10; CLOSED 2025-04-10 PARTIALLY_DISCLOSED");
        assertThat(request.events()).hasSize(11);
        assertThat(request.outcome()).hasValue(Outcome.PARTIALLY_DISCLOSED);
        assertThat(request.finishedOn()).hasValue(LocalDate.of(2025, 4, 10));
    }
}
