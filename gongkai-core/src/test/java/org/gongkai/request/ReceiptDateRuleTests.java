package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
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
                new Setting<>("emailReceivedOnArrival", onArrival, LocalDate.of(2019, 5, 15), "测试"));
        ReceiptDecision decision = ReceiptDateRule.decide(Channel.EMAIL, new ReceiptFacts(
                Optional.of(LocalDate.of(2025, 3, 1)), Optional.empty(), Optional.of(LocalDate.of(2025, 3, 3))), settings);
        assertThat(decision.receivedOn()).hasValue(expected);
        assertThat(decision.rule()).contains("emailReceivedOnArrival=" + onArrival);
    }
}
