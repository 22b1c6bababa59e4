package org.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

/**
 * An agency's local choices over the default settings. Hand count: received Mon 2025-03-03, nothing else;
 * default (start day not counted): 03-04..07 = 1..4, 03-10..14 = 5..9, 03-17..21 = 10..14, 03-24..28 = 15..19,
 * 03-31 = 20 -> Mon 2025-03-31. With receiptDayCounts the start day 03-03 is 1, so 03-28 is 20 -> Fri 2025-03-28.
 */
class AgencyClockTests {

    private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);

    private static DisclosureRequest receivedOn(LocalDate day) {
        return new DisclosureRequest("T-1", "A", ApplicantType.NATURAL_PERSON, Channel.IN_PERSON,
                List.of(new RequestEvent.Received(day)));
    }

    private static LocalDate dueOn(AgencyClock clock, LocalDate received) {
        DisclosureRequest request = receivedOn(received);
        return clock.forReceiptOn(received).deadline(request).dueOn();
    }

    @Test
    void withoutChoicesTheAgencyCountsWithTheDefaults() {
        AgencyClock clock = new AgencyClock(WorkCalendar.bundled(), List.of());
        assertThat(dueOn(clock, MARCH_3)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(clock.settingsOn(MARCH_3)).isEqualTo(ClockSettings.defaults());
    }

    @Test
    void aChoiceAppliesToRequestsReceivedFromItsStartAndIsCitedAsTheAgencysOwn() {
        AgencyClock clock = new AgencyClock(WorkCalendar.bundled(),
                List.of(new LocalClockChoice("receiptDayCounts", "true", MARCH_3)));
        assertThat(dueOn(clock, MARCH_3)).isEqualTo(LocalDate.of(2025, 3, 28));
        // Received the working day before (Fri 02-28): 03-03..07 = 1..5, …, 03-24..27 = 16..19, 03-28 = 20.
        assertThat(dueOn(clock, LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2025, 3, 28));
        assertThat(clock.settingsOn(LocalDate.of(2025, 3, 2)).receiptDayCounts().value()).isFalse();
        assertThat(String.join("\n", clock.forReceiptOn(MARCH_3).deadline(receivedOn(MARCH_3)).trace().lines()))
                .contains("receiptDayCounts=true（依据：本机关设置，自 2025-03-03 起）");
    }

    @Test
    void ofTwoChoicesOfOneSettingFromTheSameDayTheLaterCountsAndLaterStartsReplaceEarlierOnes() {
        AgencyClock clock = new AgencyClock(WorkCalendar.bundled(), List.of(
                new LocalClockChoice("feePaymentWorkingDays", "15", LocalDate.of(2025, 6, 1)),
                new LocalClockChoice("receiptDayCounts", "true", LocalDate.of(2025, 1, 1)),
                new LocalClockChoice("receiptDayCounts", "false", LocalDate.of(2025, 1, 1)),
                new LocalClockChoice("emailReceivedOnArrival", "true", LocalDate.of(2025, 1, 1))));
        ClockSettings march = clock.settingsOn(MARCH_3);
        assertThat(march.receiptDayCounts().value()).isFalse();
        assertThat(march.emailReceivedOnArrival().value()).isTrue();
        assertThat(march.feePaymentWorkingDays().value()).isEqualTo(20);
        ClockSettings july = clock.settingsOn(LocalDate.of(2025, 7, 1));
        assertThat(july.feePaymentWorkingDays().value()).isEqualTo(15);
        assertThat(july.emailReceivedOnArrival().value()).isTrue();
        assertThat(july.feeTimeExcluded()).isEqualTo(ClockSettings.defaults().feeTimeExcluded());
    }

    @Test
    void onlyTheOpenPointsMayBeChosenWithValuesOfTheirTypeFromTheRegulationsStart() {
        assertThatThrownBy(() -> new LocalClockChoice("replyWorkingDays", "15", MARCH_3))
                .hasMessageContaining("由条例明确规定").hasMessageContaining("receiptDayCounts");
        assertThatThrownBy(() -> new LocalClockChoice("receiptDay", "true", MARCH_3))
                .hasMessageContaining("未知的设置名“receiptDay”");
        assertThatThrownBy(() -> new LocalClockChoice("feeTimeExcluded", "yes", MARCH_3))
                .hasMessageContaining("应为 true 或 false");
        assertThatThrownBy(() -> new LocalClockChoice("feePaymentWorkingDays", "0", MARCH_3))
                .hasMessageContaining("应为正整数");
        assertThatThrownBy(() -> new LocalClockChoice("receiptDayCounts", "true", LocalDate.of(2019, 5, 14)))
                .hasMessageContaining("早于").hasMessageContaining("2019-05-15");
    }
}
