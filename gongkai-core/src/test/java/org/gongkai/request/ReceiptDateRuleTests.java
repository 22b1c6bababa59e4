package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 收到申请之日 per channel (条例第三十一条): the date, or the fact still missing. */
class ReceiptDateRuleTests {

    @ParameterizedTest(name = "{0}: submitted {1}, signed {2}, confirmed {3}")
    @CsvSource(nullValues = "-", textBlock = """
            IN_PERSON,       2025-03-03, -,          -,          2025-03-03, -
            IN_PERSON,       -,          -,          2025-03-05, -,          submittedOn
            REGISTERED_MAIL, 2025-03-01, 2025-03-04, -,          2025-03-04, -
            REGISTERED_MAIL, 2025-03-01, -,          -,          -,          signedForOn
            ORDINARY_MAIL,   2025-03-01, -,          2025-03-05, 2025-03-05, -
            ORDINARY_MAIL,   2025-03-01, 2025-03-04, -,          -,          confirmedOn
            ONLINE,          2025-03-01, -,          2025-03-03, 2025-03-03, -
            ONLINE,          2025-03-01, -,          -,          -,          confirmedOn
            FAX,             2025-03-01, -,          2025-03-02, 2025-03-02, -
            EMAIL,           2025-03-01, -,          2025-03-03, 2025-03-03, -
            EMAIL,           2025-03-01, -,          -,          -,          confirmedOn
            """)
    void receiptDateFollowsTheChannel(Channel channel, LocalDate submitted, LocalDate signed, LocalDate confirmed,
            LocalDate expected, String missing) {
        ReceiptDecision decision = ReceiptDateRule.decide(channel,
                new ReceiptFacts(Optional.ofNullable(submitted), Optional.ofNullable(signed), Optional.ofNullable(confirmed)),
                ClockSettings.defaults());
        assertThat(decision.receivedOn()).isEqualTo(Optional.ofNullable(expected));
        assertThat(decision.missing().map(m -> m.substring(0, m.indexOf('（')))).isEqualTo(Optional.ofNullable(missing));
        assertThat(decision.rule()).contains("第三十一条");
    }

    @Test
    void signedForMailCountsFromTheAgencysSignatureAsTheArticleSays() {
        ReceiptDecision decision = ReceiptDateRule.decide(Channel.REGISTERED_MAIL, new ReceiptFacts(Optional.empty(),
                Optional.of(LocalDate.of(2025, 3, 4)), Optional.empty()), ClockSettings.defaults());
        assertThat(decision.rule()).isEqualTo("以邮寄方式提交的，以行政机关签收之日为收到申请之日（条例第三十一条第（二）项）");
        assertThat(decision.warning()).isEmpty();
    }

    @Test
    void ordinaryLetterConfirmedAfterItArrivedIsAWarning() {
        ReceiptDecision late = ReceiptDateRule.decide(Channel.ORDINARY_MAIL, new ReceiptFacts(
                Optional.of(LocalDate.of(2025, 3, 3)), Optional.empty(), Optional.of(LocalDate.of(2025, 3, 5))),
                ClockSettings.defaults());
        assertThat(late.receivedOn()).hasValue(LocalDate.of(2025, 3, 5));
        assertThat(late.warning()).hasValue("与申请人确认之日 2025-03-05 晚于信件到达之日 2025-03-03：条例第三十一条第（二）项要求"
                + "于收到申请的当日与申请人确认，收到申请之日仍以确认之日 2025-03-05 计");
        ReceiptDecision sameDay = ReceiptDateRule.decide(Channel.ORDINARY_MAIL, new ReceiptFacts(
                Optional.of(LocalDate.of(2025, 3, 3)), Optional.empty(), Optional.of(LocalDate.of(2025, 3, 3))),
                ClockSettings.defaults());
        assertThat(sameDay.warning()).isEmpty();
    }

    @ParameterizedTest(name = "email with emailReceivedOnArrival={0}")
    @CsvSource(textBlock = """
            false, 2025-03-03
            true,  2025-03-01
            """)
    void emailSettingChoosesArrivalOrConfirmation(boolean onArrival, LocalDate expected) {
        ClockSettings defaults = ClockSettings.defaults();
        ClockSettings settings = new ClockSettings(defaults.replyWorkingDays(), defaults.extensionMaxWorkingDays(),
                defaults.clarificationNoticeWorkingDays(), defaults.consultationReplyWorkingDays(),
                defaults.feePaymentWorkingDays(), defaults.receiptDayCounts(), defaults.feeTimeExcluded(),
                new Setting<>("emailReceivedOnArrival", onArrival, LocalDate.of(2019, 5, 15), "测试"),
                defaults.lateClarificationRestarts());
        ReceiptDecision decision = ReceiptDateRule.decide(Channel.EMAIL, new ReceiptFacts(
                Optional.of(LocalDate.of(2025, 3, 1)), Optional.empty(), Optional.of(LocalDate.of(2025, 3, 3))), settings);
        assertThat(decision.receivedOn()).hasValue(expected);
        assertThat(decision.rule()).contains("emailReceivedOnArrival=" + onArrival);
    }
}
