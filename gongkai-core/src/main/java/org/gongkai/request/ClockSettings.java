package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;

/**
 * The named settings of the statutory clock; each point the law leaves open is one of them
 * (docs/settings.md lists name, default, meaning, legal source and confidence).
 *
 * <p>Values come from the effective-dated {@link ClockSettingsTable}; {@link #defaults()} is the newest
 * value of each bundled setting.
 */
public record ClockSettings(
        Setting<Integer> replyWorkingDays,
        Setting<Integer> extensionMaxWorkingDays,
        Setting<Integer> clarificationNoticeWorkingDays,
        Setting<Integer> consultationReplyWorkingDays,
        Setting<Integer> feePaymentWorkingDays,
        Setting<Boolean> receiptDayCounts,
        Setting<Boolean> feeTimeExcluded,
        Setting<Boolean> emailReceivedOnArrival,
        Setting<Boolean> lateClarificationRestarts) {

    /** The reference a trace cites for a value the agency chose itself. */
    public static final String LOCAL_CHOICE = "本机关设置";

    /** Return the newest bundled value of every setting. */
    public static ClockSettings defaults() {
        return ClockSettingsTable.bundled().latest();
    }

    /** Return these settings with {@code receiptDayCounts} chosen locally (from {@code effectiveFrom}). */
    public ClockSettings withReceiptDayCounts(boolean counts, LocalDate effectiveFrom) {
        return new ClockSettings(replyWorkingDays, extensionMaxWorkingDays, clarificationNoticeWorkingDays,
                consultationReplyWorkingDays, feePaymentWorkingDays,
                new Setting<>(receiptDayCounts.name(), counts, effectiveFrom, LOCAL_CHOICE),
                feeTimeExcluded, emailReceivedOnArrival, lateClarificationRestarts);
    }

    /** Return these settings with {@code feeTimeExcluded} chosen locally (from {@code effectiveFrom}). */
    public ClockSettings withFeeTimeExcluded(boolean excluded, LocalDate effectiveFrom) {
        return new ClockSettings(replyWorkingDays, extensionMaxWorkingDays, clarificationNoticeWorkingDays,
                consultationReplyWorkingDays, feePaymentWorkingDays, receiptDayCounts,
                new Setting<>(feeTimeExcluded.name(), excluded, effectiveFrom, LOCAL_CHOICE),
                emailReceivedOnArrival, lateClarificationRestarts);
    }

    /** Return these settings with {@code emailReceivedOnArrival} chosen locally (from {@code effectiveFrom}). */
    public ClockSettings withEmailReceivedOnArrival(boolean onArrival, LocalDate effectiveFrom) {
        return new ClockSettings(replyWorkingDays, extensionMaxWorkingDays, clarificationNoticeWorkingDays,
                consultationReplyWorkingDays, feePaymentWorkingDays, receiptDayCounts, feeTimeExcluded,
                new Setting<>(emailReceivedOnArrival.name(), onArrival, effectiveFrom, LOCAL_CHOICE), lateClarificationRestarts);
    }

    /** Return these settings with {@code feePaymentWorkingDays} chosen locally (from {@code effectiveFrom}). */
    public ClockSettings withFeePaymentWorkingDays(int workingDays, LocalDate effectiveFrom) {
        return new ClockSettings(replyWorkingDays, extensionMaxWorkingDays, clarificationNoticeWorkingDays,
                consultationReplyWorkingDays,
                new Setting<>(feePaymentWorkingDays.name(), workingDays, effectiveFrom, LOCAL_CHOICE),
                receiptDayCounts, feeTimeExcluded, emailReceivedOnArrival, lateClarificationRestarts);
    }

    /** Return these settings with {@code lateClarificationRestarts} chosen locally (from {@code effectiveFrom}). */
    public ClockSettings withLateClarificationRestarts(boolean restarts, LocalDate effectiveFrom) {
        return new ClockSettings(replyWorkingDays, extensionMaxWorkingDays, clarificationNoticeWorkingDays,
                consultationReplyWorkingDays, feePaymentWorkingDays, receiptDayCounts, feeTimeExcluded,
                emailReceivedOnArrival, new Setting<>(lateClarificationRestarts.name(), restarts, effectiveFrom, LOCAL_CHOICE));
    }

    /** Return every setting, in the order of docs/settings.md. */
    public List<Setting<?>> all() {
        return List.of(replyWorkingDays, extensionMaxWorkingDays, clarificationNoticeWorkingDays,
                consultationReplyWorkingDays, feePaymentWorkingDays, receiptDayCounts, feeTimeExcluded,
                emailReceivedOnArrival, lateClarificationRestarts);
    }
}
