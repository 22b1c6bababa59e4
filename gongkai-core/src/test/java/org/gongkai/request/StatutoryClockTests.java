package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gongkai.calendar.AgencyClosure;
import org.gongkai.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every clock rule on real dates; each expected date was counted by hand against holidays-cn.csv. */
class StatutoryClockTests {

    private static final LocalDate SETTING_DAY = LocalDate.of(2019, 5, 15);
    private final StatutoryClock clock = new StatutoryClock(WorkCalendar.bundled(), ClockSettings.defaults());

    // Hand counts, "n" = the n-th counted working day strictly after the start:
    // (a) Received Fri 2025-09-26, the Friday before National Day: 09-27 Sat no; 09-28 Sun make-up 1;
    //     09-29, 09-30 = 2, 3; 10-01..10-08 off; 10-09, 10-10 = 4, 5; 10-11 Sat make-up 6; 10-13..17 = 7..11;
    //     10-20..24 = 12..16; 10-27..30 = 17..20 -> Thu 2025-10-30.
    // (b) Received on make-up Sun 2025-09-28: 09-29, 09-30 = 1, 2; 10-09, 10-10 = 3, 4; 10-11 Sat make-up 5;
    //     10-13..17 = 6..10; 10-20..24 = 11..15; 10-27..31 = 16..20 -> Fri 2025-10-31.
    // (c) Received on make-up Sun 2025-01-26: 01-27 = 1; 01-28..02-04 off (Spring Festival); 02-05..07 = 2..4;
    //     02-08 Sat make-up 5; 02-10..14 = 6..10; 02-17..21 = 11..15; 02-24..28 = 16..20 -> Fri 2025-02-28.
    // (d) Received Mon 2025-03-03, no pause: 03-04..07 = 1..4; 03-10..14 = 5..9; 03-17..21 = 10..14;
    //     03-24..28 = 15..19; 03-31 = 20 -> Mon 2025-03-31.
    // (e) Clarification received Wed 2025-03-12 restarts: 03-13, 03-14 = 1, 2; 03-17..21 = 3..7; 03-24..28 = 8..12;
    //     03-31..04-03 = 13..16; 04-04..06 off (Qingming); 04-07..10 = 17..20 -> Thu 2025-04-10.
    // (f) Received Tue 2026-01-20, consultation 02-03 to 03-03: 01-21..23 = 1..3; 01-26..30 = 4..8; 02-02, 02-03 = 9, 10;
    //     02-04 .. 03-03 paused (working days 02-04..06, 02-09..13, Sat 02-14, 02-24..27, Sat 02-28, 03-02, 03-03;
    //     02-15..23 off anyway); 03-04..06 = 11..13; 03-09..13 = 14..18; 03-16, 03-17 = 19, 20 -> Tue 2026-03-17.
    // (g) Same without consultation: 02-04..06 = 11..13; 02-09..13 = 14..18; Sat 02-14 make-up 19; 02-15..23 off;
    //     02-24 = 20 -> Tue 2026-02-24.
    // (h) (d) extended by 20 on 03-28: 20 after 03-31: 04-01..03 = 1..3; 04-04..06 off; 04-07..11 = 4..8;
    //     04-14..18 = 9..13; 04-21..25 = 14..18; 04-27 Sun make-up 19; 04-28 = 20 -> Mon 2025-04-28.
    // (i) Extension approved on the due date itself (03-31) is allowed: same as (h).
    // (j) Received Tue 2025-06-03, fee notified 06-10, paid 06-20: 06-04..06 = 1..3; 06-09, 06-10 = 4, 5;
    //     06-11..13 and 06-16..20 paused (8 days); 06-23..27 = 6..10; 06-30 = 11; 07-01..04 = 12..15;
    //     07-07..11 = 16..20 -> Fri 2025-07-11.
    // (k) Same without the fee: 06-04..06 = 1..3; 06-09..13 = 4..8; 06-16..20 = 9..13; 06-23..27 = 14..18;
    //     06-30 = 19; 07-01 = 20 -> Tue 2025-07-01.
    // (l) Received Tue 2026-12-15, runs into 2027 (unknown, weekends only): 12-16..18 = 1..3; 12-21..25 = 4..8;
    //     12-28..31 = 9..12; Fri 2027-01-01 = 13 (provisional); 01-04..08 = 14..18; 01-11, 01-12 = 19, 20
    //     -> Tue 2027-01-12, provisional.
    // (m) Received Mon 2025-07-21 with no closure: 07-22..25 = 1..4; 07-28..08-01 = 5..9; 08-04..08 = 10..14;
    //     08-11..15 = 15..19; 08-18 = 20 -> Mon 2025-08-18.
    // (n) Received 2019-09-27 (Fri), National Day 2019 with make-up Sat 10-12: 09-29 Sun make-up 1; 09-30 = 2;
    //     10-01..07 off; 10-08..11 = 3..6; 10-12 Sat make-up 7; 10-14..18 = 8..12; 10-21..25 = 13..17;
    //     10-28..30 = 18..20 -> Wed 2019-10-30.
    // (o) Received Mon 2020-01-20, Spring Festival 2020 as extended (01-24..02-02 off, Sat 02-01 make-up cancelled):
    //     01-21..23 = 1..3; 01-24..02-02 off; 02-03..07 = 4..8; 02-10..14 = 9..13; 02-17..21 = 14..18;
    //     02-24, 02-25 = 19, 20 -> Tue 2020-02-25.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (a) received Fri 2025-09-26 before National Day                | RECEIVED 2025-09-26                                                          | 2025-10-30 | false
            (b) received on make-up Sun 2025-09-28                         | RECEIVED 2025-09-28                                                          | 2025-10-31 | false
            (c) received on make-up Sun 2025-01-26 before Spring Festival  | RECEIVED 2025-01-26                                                          | 2025-02-28 | false
            (d) received Mon 2025-03-03                                    | RECEIVED 2025-03-03                                                          | 2025-03-31 | false
            (e) clarification received 2025-03-12 restarts the clock       | RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-05; CLARIFICATION_RECEIVED 2025-03-12 | 2025-04-10 | false
            (f) consultation 2026-02-03 to 03-03 across Spring Festival    | RECEIVED 2026-01-20; CONSULTATION_STARTED 2026-02-03; CONSULTATION_ENDED 2026-03-03 | 2026-03-17 | false
            (g) no consultation, across Spring Festival 2026               | RECEIVED 2026-01-20                                                          | 2026-02-24 | false
            (h) extension of 20 approved 2025-03-28                        | RECEIVED 2025-03-03; EXTENDED 2025-03-28 20                                  | 2025-04-28 | false
            (i) extension approved on the due date 2025-03-31              | RECEIVED 2025-03-03; EXTENDED 2025-03-31 20                                  | 2025-04-28 | false
            (j) fee notified 2025-06-10 paid 2025-06-20 pauses the clock   | RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10 300; FEE_PAID 2025-06-20        | 2025-07-11 | false
            (k) no fee, June 2025                                          | RECEIVED 2025-06-03                                                          | 2025-07-01 | false
            (l) received 2026-12-15 runs into unknown 2027                 | RECEIVED 2026-12-15                                                          | 2027-01-12 | true
            (n) received Fri 2019-09-27 before National Day 2019           | RECEIVED 2019-09-27                                                          | 2019-10-30 | false
            (o) received Mon 2020-01-20 before the extended Spring Festival | RECEIVED 2020-01-20                                                         | 2020-02-25 | false
            """)
    void replyDueDateIsCountedByHand(String name, String history, LocalDate dueOn, boolean provisional) {
        Deadline deadline = clock.deadline(Histories.request(history));
        assertThat(deadline.dueOn()).isEqualTo(dueOn);
        assertThat(deadline.provisional()).isEqualTo(provisional);
    }

    @Test
    void receiptDayCountsSettingMovesTheDueDateOneWorkingDayEarlier() {
        // (a) with the day of receipt counted: Fri 09-26 = 1, Sun 09-28 = 2, ... 10-29 = 20.
        StatutoryClock counting = new StatutoryClock(WorkCalendar.bundled(),
                ClockSettings.defaults().withReceiptDayCounts(true, SETTING_DAY));
        assertThat(counting.deadline(Histories.request("RECEIVED 2025-09-26")).dueOn()).isEqualTo("2025-10-29");
    }

    @Test
    void feeTimeCountsWhenTheSettingSaysSo() {
        // (j) without the pause is (k): 2025-07-01.
        StatutoryClock counting = new StatutoryClock(WorkCalendar.bundled(),
                ClockSettings.defaults().withFeeTimeExcluded(false, SETTING_DAY));
        Deadline deadline = counting.deadline(
                Histories.request("RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10; FEE_PAID 2025-06-20"));
        assertThat(deadline.dueOn()).isEqualTo("2025-07-01");
        assertThat(String.join("\n", deadline.trace().lines())).contains("等待缴费期间照常计入答复期限");
    }

    @Test
    void agencyClosureIsNotCountedForThatAgencyOnly() {
        // (m) 2025-08-18 without closure; the agency closed Thu 07-24 and Fri 07-25 needs two more days: 08-19, 08-20.
        WorkCalendar typhoon = WorkCalendar.bundled().withClosure(new AgencyClosure(Histories.AGENCY,
                LocalDate.of(2025, 7, 24), LocalDate.of(2025, 7, 25), "台风红色预警停止办公"));
        DisclosureRequest request = Histories.request("RECEIVED 2025-07-21");
        assertThat(clock.deadline(request).dueOn()).isEqualTo("2025-08-18");
        Deadline closed = new StatutoryClock(typhoon, ClockSettings.defaults()).deadline(request);
        assertThat(closed.dueOn()).isEqualTo("2025-08-20");
        assertThat(closed.trace().lines()).contains("2025-07-24（周四） 至 2025-07-25（周五）：临时停止办公：台风红色预警停止办公（依据：机关 SH-HZB 临时停止办公 2025-07-24 至 2025-07-25），不计");
        DisclosureRequest elsewhere = new DisclosureRequest("T-2", "OTHER", ApplicantType.NATURAL_PERSON, Channel.ONLINE,
                request.events());
        assertThat(new StatutoryClock(typhoon, ClockSettings.defaults()).deadline(elsewhere).dueOn()).isEqualTo("2025-08-18");
    }

    @Test
    void traceWalksEveryDayAndCitesTheSettingsUsed() {
        Deadline deadline = clock.deadline(Histories.request("RECEIVED 2025-09-26"));
        assertThat(deadline.trace().lines()).containsSubsequence(
                "收到申请之日：2025-09-26（周五）（起算当日不计入期限，receiptDayCounts=false（依据：条例未规定（未确认）；按法定期间惯例，起算当日不计入，自 2019-05-15 起））。",
                "2025-09-27（周六）：周末，不计",
                "2025-09-28（周日）：国庆节、中秋节调休上班（依据：国办发明电〔2024〕12号（2025年节假日安排）），计第 1 个工作日",
                "2025-09-29（周一） 至 2025-09-30（周二）：工作日，计第 2—3 个工作日",
                "2025-10-01（周三） 至 2025-10-08（周三）：国庆节、中秋节放假（依据：国办发明电〔2024〕12号（2025年节假日安排）），不计",
                "2025-10-27（周一） 至 2025-10-30（周四）：工作日，计第 17—20 个工作日",
                "答复期限届满日：2025-10-30（周四）。");
        assertThat(String.join("\n", deadline.trace().lines()))
                .contains("replyWorkingDays=20（依据：《政府信息公开条例》（2019年修订）第三十三条第二款，自 2019-05-15 起）");
        assertThat(deadline.trace().warnings()).isEmpty();
    }

    @Test
    void pausedDaysAreNamedInTheTrace() {
        Deadline deadline = clock.deadline(Histories.request(
                "RECEIVED 2026-01-20; CONSULTATION_STARTED 2026-02-03; CONSULTATION_ENDED 2026-03-03"));
        assertThat(deadline.trace().lines()).contains(
                "2026-02-04（周三） 至 2026-02-06（周五）：工作日，但处于征求意见期间（2026-02-03 至 2026-03-03），不计",
                "2026-02-14（周六）：春节调休上班（依据：国办发明电〔2025〕7号（2026年节假日安排）），但处于征求意见期间（2026-02-03 至 2026-03-03），不计");
    }

    @Test
    void provisionalResultIsFlaggedInTheTrace() {
        Deadline deadline = clock.deadline(Histories.request("RECEIVED 2026-12-15"));
        assertThat(deadline.trace().warnings()).singleElement().asString().contains("2027").contains("临时结果");
        assertThat(deadline.trace().lines()).contains(
                "2027-01-01（周五）：工作日（该年度节假日安排未知，仅按周末计算，结果为临时结果），计第 13 个工作日");
    }

    @Test
    void extensionAfterTheDueDateItExtendsIsRejectedNamingTheEvent() {
        // (d) is due 2025-03-31; approving on 04-01 is too late.
        assertThatThrownBy(() -> clock.deadline(Histories.request("RECEIVED 2025-03-03; EXTENDED 2025-04-01 10")))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessage("申请 T-1 的 events[1]（EXTENDED，2025-04-01）：批准延期之日晚于其延长的答复期限 2025-03-31，延期须在期限届满前批准并告知申请人")
                .extracting(e -> ((InvalidHistoryException) e).eventIndex()).isEqualTo(1);
    }

    @Test
    void lateClarificationNoticeIsAWarningNotAnError() {
        // 7 working days after Mon 2025-03-03: 03-04..07 = 1..4, 03-10..12 = 5..7 -> 2025-03-12; 03-13 is late.
        DisclosureRequest onTime = Histories.request("RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-12");
        DisclosureRequest late = Histories.request("RECEIVED 2025-03-03; CLARIFICATION_REQUESTED 2025-03-13");
        assertThat(clock.clarificationNoticeDeadline(onTime).dueOn()).isEqualTo("2025-03-12");
        assertThat(clock.clarificationNoticeDeadline(onTime).trace().lines()).containsExactly(
                "补正告知期限：自收到申请之日 2025-03-03 起 7 个工作日（clarificationNoticeWorkingDays=7（依据：《政府信息公开条例》"
                        + "（2019年修订）第三十条，自 2019-05-15 起）；起算当日不计入期限，receiptDayCounts=false（依据：条例未规定（未确认）；"
                        + "按法定期间惯例，起算当日不计入，自 2019-05-15 起））。",
                "2025-03-04（周二） 至 2025-03-07（周五）：工作日，计第 1—4 个工作日",
                "2025-03-08（周六） 至 2025-03-09（周日）：周末，不计",
                "2025-03-10（周一） 至 2025-03-12（周三）：工作日，计第 5—7 个工作日",
                "期限届满日：2025-03-12（周三）。");
        assertThat(clock.deadline(onTime).trace().warnings()).isEmpty();
        assertThat(clock.deadline(late).trace().warnings()).singleElement().asString()
                .startsWith("申请 T-1 的 events[1]（CLARIFICATION_REQUESTED，2025-03-13）：补正告知晚于收到申请后 7 个工作日");
    }

    @Test
    void consultationReplyAndFeePaymentDeadlinesAreCountedToo() {
        // 15 after Tue 2026-02-03: 02-04..06 = 1..3; 02-09..13 = 4..8; Sat 02-14 = 9; 02-15..23 off; 02-24..27 = 10..13;
        // Sat 02-28 = 14; Mon 03-02 = 15.
        DisclosureRequest consulted = Histories.request(
                "RECEIVED 2026-01-20; CONSULTATION_STARTED 2026-02-03; CONSULTATION_ENDED 2026-03-03");
        assertThat(clock.consultationReplyDeadlines(consulted)).singleElement()
                .extracting(Deadline::dueOn).isEqualTo(LocalDate.of(2026, 3, 2));
        // 20 after Tue 2025-06-10: 06-11..13 = 1..3; 06-16..20 = 4..8; 06-23..27 = 9..13; 06-30 = 14; 07-01..04 = 15..18;
        // 07-07, 07-08 = 19, 20.
        DisclosureRequest fee = Histories.request("RECEIVED 2025-06-03; FEE_NOTIFIED 2025-06-10; FEE_PAID 2025-06-20");
        assertThat(clock.feePaymentDeadline(fee)).get().extracting(Deadline::dueOn).isEqualTo(LocalDate.of(2025, 7, 8));
        assertThat(clock.feePaymentDeadline(consulted)).isEmpty();
    }

    @Test
    void pauseStartedAfterTheDueDateIsFlaggedAndDoesNotMoveIt() {
        // (d) is due 2025-03-31; a consultation from 04-01 to 04-10 lies wholly after it.
        Deadline deadline = clock.deadline(Histories.request(
                "RECEIVED 2025-03-03; CONSULTATION_STARTED 2025-04-01; CONSULTATION_ENDED 2025-04-10"));
        assertThat(deadline.dueOn()).isEqualTo("2025-03-31");
        assertThat(deadline.trace().warnings()).containsExactly(
                "申请 T-1 的 events[1]（CONSULTATION_STARTED，2025-04-01）：开始时答复期限 2025-03-31 已经届满");
        assertThat(clock.deadline(Histories.request(
                "RECEIVED 2025-03-03; CONSULTATION_STARTED 2025-03-31; CONSULTATION_ENDED 2025-04-10")).trace().warnings())
                .isEmpty();
    }

    @Test
    void extensionOverTheSettingIsRejected() {
        ClockSettings strict = ClockSettingsTable.parseCsv("strict", """
                setting,effective_from,value,reference
                replyWorkingDays,2019-05-15,20,第三十三条
                extensionMaxWorkingDays,2019-05-15,10,本机关规定
                clarificationNoticeWorkingDays,2019-05-15,7,第三十条
                consultationReplyWorkingDays,2019-05-15,15,第三十二条
                feePaymentWorkingDays,2019-05-15,20,109号
                receiptDayCounts,2019-05-15,false,未确认
                feeTimeExcluded,2019-05-15,true,未确认
                emailReceivedOnArrival,2019-05-15,false,第三十一条
                lateClarificationRestarts,2019-05-15,false,未确认
                """).latest();
        assertThatThrownBy(() -> new StatutoryClock(WorkCalendar.bundled(), strict)
                .deadline(Histories.request("RECEIVED 2025-03-03; EXTENDED 2025-03-20 15")))
                .isInstanceOf(InvalidHistoryException.class)
                .hasMessageStartingWith("申请 T-1 的 events[1]（EXTENDED，2025-03-20）：延期 15 个工作日，超过 extensionMaxWorkingDays=10");
    }
}
