package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An agency's own value for one clock setting the law leaves open (docs/settings.md), from a start date. It
 * applies to the requests received on or after {@code effectiveFrom}; traces cite it as {@value ClockSettings#LOCAL_CHOICE}.
 *
 * @param value the value as written: {@code true}/{@code false}, or a number of working days
 */
public record LocalClockChoice(String name, String value, LocalDate effectiveFrom) {

    /** The settings an agency may choose: those docs/settings.md marks UNCONFIRMED or DERIVED. */
    public static final List<String> NAMES =
            List.of("receiptDayCounts", "feeTimeExcluded", "emailReceivedOnArrival", "feePaymentWorkingDays",
                    "lateClarificationRestarts");

    /** The day the 2019 条例 took effect; no choice starts earlier. */
    public static final LocalDate EARLIEST = LocalDate.of(2019, 5, 15);

    /** @throws IllegalArgumentException (Chinese message) for a name that is not a choice, a bad value or date */
    public LocalClockChoice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (!NAMES.contains(name)) {
            boolean statutory = ClockSettingsTable.INTEGER_SETTINGS.contains(name)
                    || ClockSettingsTable.BOOLEAN_SETTINGS.contains(name);
            throw new IllegalArgumentException((statutory ? "设置 " + name + " 由条例明确规定，不能由本机关另行设置"
                    : "未知的设置名“" + name + "”") + "；本机关可设置的有：" + String.join("、", NAMES));
        }
        ClockSettingsTable.parseValue(name, value);
        if (effectiveFrom.isBefore(EARLIEST)) {
            throw new IllegalArgumentException("生效日期 " + effectiveFrom + " 早于《政府信息公开条例》（2019年修订）施行之日 " + EARLIEST);
        }
    }

    /** Return {@code settings} with this choice in place of the setting it names. */
    public ClockSettings applyTo(ClockSettings settings) {
        switch (name) {
            case "receiptDayCounts":
                return settings.withReceiptDayCounts(Boolean.parseBoolean(value), effectiveFrom);
            case "feeTimeExcluded":
                return settings.withFeeTimeExcluded(Boolean.parseBoolean(value), effectiveFrom);
            case "emailReceivedOnArrival":
                return settings.withEmailReceivedOnArrival(Boolean.parseBoolean(value), effectiveFrom);
            case "lateClarificationRestarts":
                return settings.withLateClarificationRestarts(Boolean.parseBoolean(value), effectiveFrom);
            default:
                return settings.withFeePaymentWorkingDays(Integer.parseInt(value), effectiveFrom);
        }
    }
}
