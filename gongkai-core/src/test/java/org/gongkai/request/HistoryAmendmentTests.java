package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gongkai.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * interchange.md amendment 1 on real dates: the closes 表三 ties to a prior step, a second and a late 补正 notice, and
 * the day a fee notice was received. Each expected date was counted by hand against holidays-cn.csv.
 */
class HistoryAmendmentTests {

    private static final String STILL_UNCLEAR = "不能以表三“（四）无法提供 3.补正后申请内容仍不明确”办结（条例第三十条）：";
    private static final String NO_CLARIFICATION =
            "不能以表三“（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”办结（条例第三十条）：";
    private static final String FEE_UNPAID =
            "不能以表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”办结（条例第四十二条）：";
    private static final String FEE_DAYS = "feePaymentWorkingDays=20（依据：国办函〔2020〕109号（据四川省实施通知：收到收费通知次日起20个工作日内缴费；"
            + "全国文本未核实），自 2021-01-01 起）";
    private static final String NOTICE_DAYS = "clarificationNoticeWorkingDays=7（依据：《政府信息公开条例》（2019年修订）第三十条，自 2019-05-15 起）";
    private static final String RESTARTS_DEFAULT = "lateClarificationRestarts=false（依据：未确认：条例第三十条只规定收到申请之日起7个工作日内"
            + "一次性告知，未规定逾期告知的效力；推定逾期告知不中止、不重新起算答复期限，自 2019-05-15 起）";

    private final StatutoryClock clock = new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults());
    private final StatutoryClock restarting = new StatutoryClock(WorkCalendar.bundled(),
            ClockSettings.defaults().withLateClarificationRestarts(true, LocalDate.of(2019, 5, 15)));

    // Received Mon 2025-03-03: the 补正 notice is due 7 working days after it, 03-04..07 = 1..4, 03-10..12 = 5..7 ->
    // Wed 2025-03-12; the reply 20 working days after it, Mon 2025-03-31 (StatutoryClockTests (d)).
    // A fee notified Tue 2025-06-10 is to be paid 20 working days after it: Tue 2025-07-08 (StatutoryClockTests).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            补正后仍不明确 with no 补正 at all       | RECEIVED 2025-03-03; CLOSED 2025-03-20 UNAVAILABLE_STILL_UNCLEAR | 1 | 1]（CLOSED，2025-03-20）：{S}此前没有收到补正后的申请（CLARIFICATION_RECEIVED），须先告知补正并收到补正
            补正后仍不明确 while the 补正 is awaited | RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05; CLOSED 2025-03-20 UNAVAILABLE_STILL_UNCLEAR | 2 | 2]（CLOSED，2025-03-20）：{S}此前没有收到补正后的申请（CLARIFICATION_RECEIVED），须先告知补正并收到补正
            逾期不补正 with no 补正 notice           | RECEIVED 2025-03-03; CLOSED 2025-03-20 OTHER_NO_CLARIFICATION | 1 | 1]（CLOSED，2025-03-20）：{N}此前没有尚未补正的补正告知（CLARIFICATION_REQUESTED），须先告知补正且申请人逾期未补正
            逾期不补正 after the 补正 arrived        | RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05; CLARIFICATION_RECEIVED 2025-03-12; CLOSED 2025-04-20 OTHER_NO_CLARIFICATION | 3 | 3]（CLOSED，2025-04-20）：{N}此前没有尚未补正的补正告知（CLARIFICATION_REQUESTED），须先告知补正且申请人逾期未补正
            逾期不补正 on the respondBy day itself   | RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05 2025-03-20; CLOSED 2025-03-20 OTHER_NO_CLARIFICATION | 2 | 2]（CLOSED，2025-03-20）：{N}events[1] 的补正告知给申请人的补正期限 2025-03-20 尚未届满，须在补正期限届满后才能以逾期不补正办结
            逾期未缴费 with no fee notice            | RECEIVED 2025-06-03; CLOSED 2025-07-20 OTHER_FEE_UNPAID | 1 | 1]（CLOSED，2025-07-20）：{F}此前没有尚未缴费的收费通知（FEE_NOTIFIED），须先通知收费且申请人逾期未缴费
            逾期未缴费 after the fee was paid        | RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10; FEE_PAID 2025-06-12; CLOSED 2025-07-20 OTHER_FEE_UNPAID | 3 | 3]（CLOSED，2025-07-20）：{F}此前没有尚未缴费的收费通知（FEE_NOTIFIED），须先通知收费且申请人逾期未缴费
            逾期未缴费 two days after the notice     | RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10; CLOSED 2025-06-12 OTHER_FEE_UNPAID | 2 | 2]（CLOSED，2025-06-12）：{F}events[1] 的收费通知的缴费期限 2025-07-08 尚未届满，须在缴费期限届满后才能以逾期未缴费办结（{D}）
            逾期未缴费 on the last day to pay        | RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10; CLOSED 2025-07-08 OTHER_FEE_UNPAID | 2 | 2]（CLOSED，2025-07-08）：{F}events[1] 的收费通知的缴费期限 2025-07-08 尚未届满，须在缴费期限届满后才能以逾期未缴费办结（{D}）
            """)
    void closeTheHistoryDoesNotSupportIsRefusedNamingTheRule(String name, String history, int index, String message) {
        String expected = "申请 T-1 的 events[" + message.replace("{S}", STILL_UNCLEAR)
                .replace("{N}", NO_CLARIFICATION).replace("{F}", FEE_UNPAID).replace("{D}", FEE_DAYS);
        assertThatThrownBy(() -> clock.deadline(Histories.request(history)))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage(expected)
                .extracting(e -> ((InvalidHistoryException) e).eventIndex()).isEqualTo(index);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            补正后仍不明确 after the 补正 arrived    | RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05; CLARIFICATION_RECEIVED 2025-03-12; CLOSED 2025-03-20 UNAVAILABLE_STILL_UNCLEAR
            逾期不补正 with no respondBy given        | RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05; CLOSED 2025-03-06 OTHER_NO_CLARIFICATION
            逾期不补正 the day after respondBy        | RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05 2025-03-20; CLOSED 2025-03-21 OTHER_NO_CLARIFICATION
            逾期未缴费 the day after the last day     | RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10; CLOSED 2025-07-09 OTHER_FEE_UNPAID
            """)
    void closeThePriorStepSupportsIsAccepted(String name, String history) {
        DisclosureRequest request = Histories.request(history);
        assertThat(clock.deadline(request).trace().warnings()).isEmpty();
    }

    @Test
    void feeNoticeReceivedLaterMovesTheLastDayToPay() {
        // 20 working days after Fri 2025-06-13: 06-16..20 = 1..5; 06-23..27 = 6..10; 06-30 = 11; 07-01..04 = 12..15;
        // 07-07..11 = 16..20 -> Fri 2025-07-11.
        DisclosureRequest received = Histories.request("RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10 300 2025-06-13");
        Deadline payBy = clock.feePaymentDeadline(received).orElseThrow();
        assertThat(payBy.dueOn()).isEqualTo("2025-07-11");
        assertThat(payBy.trace().lines().get(0)).isEqualTo("缴费期限：自收到收费通知之日 2025-06-13 起 20 个工作日（" + FEE_DAYS
                + "；起算当日不计入期限，receiptDayCounts=false（依据：条例未规定（未确认）；按法定期间惯例，起算当日不计入，自 2019-05-15 起））。");
        assertThat(clock.feePaymentDeadline(Histories.request("RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10")).orElseThrow()
                .trace().lines().get(0)).startsWith("缴费期限：自收到收费通知之日 2025-06-10 起（未记录申请人收到通知之日，按发出通知之日计） 20 个工作日");
        assertThatThrownBy(() -> clock.deadline(Histories.request(
                "RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10 300 2025-06-13; CLOSED 2025-07-10 OTHER_FEE_UNPAID")))
                .hasMessage("申请 T-1 的 events[2]（CLOSED，2025-07-10）：" + FEE_UNPAID + "events[1] 的收费通知的缴费期限 2025-07-11 尚未届满，"
                        + "须在缴费期限届满后才能以逾期未缴费办结（" + FEE_DAYS + "）");
        assertThat(clock.deadline(Histories.request(
                "RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10 300 2025-06-13; CLOSED 2025-07-14 OTHER_FEE_UNPAID")).dueOn())
                .isNotNull();
        assertThatThrownBy(() -> Histories.request("RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10 300 2025-06-09"))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage("申请 T-1 的 events[1]（FEE_NOTIFIED，2025-06-10）：申请人收到收费通知之日 2025-06-09 早于发出通知之日");
    }

    @Test
    void secondClarificationNoticeIsAWarningAndThePeriodRunsFromTheLastCorrection() {
        // The second notice, Fri 03-14, is 2 working days after the first correction (Wed 03-12): on time for it.
        // 20 working days after Wed 2025-03-19: 03-20, 03-21 = 1, 2; 03-24..28 = 3..7; 03-31..04-03 = 8..11;
        // 04-04..06 off (Qingming); 04-07..11 = 12..16; 04-14..17 = 17..20 -> Thu 2025-04-17.
        Deadline deadline = clock.deadline(Histories.request("RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05; "
                + "CLARIFICATION_RECEIVED 2025-03-12; CLARIFICATION_REQUESTED 2025-03-14; CLARIFICATION_RECEIVED 2025-03-19"));
        assertThat(deadline.dueOn()).isEqualTo("2025-04-17");
        assertThat(deadline.trace().warnings()).containsExactly("申请 T-1 的 events[3]（CLARIFICATION_REQUESTED，2025-03-14）："
                + "再次告知补正（此前已在 events[1] 告知），条例第三十条要求一次性告知需要补正的事项；答复期限自最后一次收到补正后的申请之日起重新计算");
    }

    @Test
    void lateNoticeNeitherPausesNorRestartsByDefault() {
        // Notice on Thu 03-13, one working day after its last day 03-12: the period still ends Mon 2025-03-31.
        DisclosureRequest corrected = Histories.request(
                "RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-13; CLARIFICATION_RECEIVED 2025-03-20");
        Deadline deadline = clock.deadline(corrected);
        assertThat(deadline.dueOn()).isEqualTo("2025-03-31");
        assertThat(deadline.trace().lines()).contains(
                "发出补正告知：2025-03-13（周四）；应在 2025-03-12（周三） 前发出（" + NOTICE_DAYS + "）。该告知逾期发出，不中止、也不重新起算答复期限（"
                        + RESTARTS_DEFAULT + "）。",
                "收到补正后的申请：2025-03-20（周四）；events[1] 的补正告知未中止答复期限，答复期限不重新起算。");
        assertThat(deadline.trace().warnings()).containsExactly("申请 T-1 的 events[1]（CLARIFICATION_REQUESTED，2025-03-13）："
                + "补正告知晚于收到申请后 7 个工作日（应不晚于 2025-03-12），条例第三十条要求在此期限内一次性告知");
        // Waiting for the correction does not stop it falling due: on Tue 04-01 it is one working day overdue.
        RequestStatus waiting = clock.statusOn(Histories.request("RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-13"),
                LocalDate.of(2025, 4, 1));
        assertThat(waiting.state()).isEqualTo(RequestState.OVERDUE);
        assertThat(waiting.deadline().dueOn()).isEqualTo("2025-03-31");
        assertThat(waiting.workingDaysLeft()).isEqualTo(-1);
    }

    @Test
    void lateNoticeRestartsWhenTheAgencyChoosesSo() {
        // 20 working days after Thu 2025-03-20: 03-21 = 1; 03-24..28 = 2..6; 03-31..04-03 = 7..10; 04-04..06 off;
        // 04-07..11 = 11..15; 04-14..18 = 16..20 -> Fri 2025-04-18.
        assertThat(restarting.deadline(Histories.request(
                "RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-13; CLARIFICATION_RECEIVED 2025-03-20")).dueOn())
                .isEqualTo("2025-04-18");
        // Still awaited on Tue 04-01: counted as if corrected that day, 04-02, 04-03 = 1, 2; 04-07..11 = 3..7;
        // 04-14..18 = 8..12; 04-21..25 = 13..17; Sun 04-27 make-up = 18; 04-28, 04-29 = 19, 20 -> Tue 2025-04-29.
        RequestStatus waiting = restarting.statusOn(
                Histories.request("RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-13"), LocalDate.of(2025, 4, 1));
        assertThat(waiting.state()).isEqualTo(RequestState.WAITING_ON_APPLICANT);
        assertThat(waiting.deadline().dueOn()).isEqualTo("2025-04-29");
    }

    /** The reported bug: a 补正 sent after the due date turned an overdue request into one waiting, then on time. */
    @ParameterizedTest(name = "lateClarificationRestarts={0}")
    @CsvSource({"false", "true"})
    void noticeAfterTheDueDateNeverRescuesAnOverdueRequest(boolean restarts) {
        StatutoryClock chosen = restarts ? restarting : clock;
        DisclosureRequest awaited = Histories.request("RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-04-01");
        RequestStatus onTheDay = chosen.statusOn(awaited, LocalDate.of(2025, 4, 2));
        assertThat(onTheDay.state()).isEqualTo(RequestState.OVERDUE);
        assertThat(onTheDay.deadline().dueOn()).isEqualTo("2025-03-31");
        DisclosureRequest answered = Histories.request("RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-04-01; "
                + "CLARIFICATION_RECEIVED 2025-04-08; CLOSED 2025-04-15");
        assertThat(chosen.statusOn(answered, LocalDate.of(2025, 5, 6)).state()).isEqualTo(RequestState.CLOSED_LATE);
        DisclosureRequest abandoned = Histories.request(
                "RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-04-01; CLOSED 2025-04-20 OTHER_NO_CLARIFICATION");
        assertThat(chosen.statusOn(abandoned, LocalDate.of(2025, 5, 6)).state()).isEqualTo(RequestState.CLOSED_LATE);
        assertThat(chosen.deadline(answered).trace().lines()).contains("发出补正告知：2025-04-01（周二）；应在 2025-03-12（周三） 前发出（"
                + NOTICE_DAYS + "）。" + (restarts
                        ? "该告知在答复期限 2025-03-31 届满后发出，不中止、也不重新起算答复期限（lateClarificationRestarts=true（依据：本机关设置，自 2019-05-15 起））。"
                        : "该告知逾期发出，不中止、也不重新起算答复期限（" + RESTARTS_DEFAULT + "）。"));
    }
}
