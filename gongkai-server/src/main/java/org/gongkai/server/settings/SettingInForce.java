package org.gongkai.server.settings;

import java.time.LocalDate;
import java.util.Map;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.LocalClockChoice;
import org.gongkai.request.Setting;

/**
 * One clock setting as an agency counts today: its value, since when, its legal basis (or 本机关设置), how sure
 * that basis is, and whether the agency may choose it.
 */
public record SettingInForce(String name, String label, Object value, LocalDate since, String basis,
        Confidence confidence, boolean localChoice, boolean choosable) {

    private record Description(String label, Confidence confidence) {
    }

    private static final Map<String, Description> DESCRIPTIONS = Map.of(
            "replyWorkingDays", new Description("答复期限（工作日）", Confidence.CONFIRMED),
            "extensionMaxWorkingDays", new Description("延长答复期限最长（工作日）", Confidence.CONFIRMED),
            "clarificationNoticeWorkingDays", new Description("补正告知期限（工作日）", Confidence.CONFIRMED),
            "consultationReplyWorkingDays", new Description("征求意见答复期限（工作日）", Confidence.CONFIRMED),
            "feePaymentWorkingDays", new Description("缴费期限（工作日）", Confidence.UNCONFIRMED),
            "receiptDayCounts", new Description("起算当日是否计入期限", Confidence.UNCONFIRMED),
            "feeTimeExcluded", new Description("缴费期间是否不计入答复期限", Confidence.UNCONFIRMED),
            "emailReceivedOnArrival", new Description("电子邮件是否以到达之日为收到申请之日", Confidence.DERIVED),
            "lateClarificationRestarts", new Description("逾期发出的补正告知是否中止并重新起算答复期限", Confidence.UNCONFIRMED));

    static SettingInForce of(Setting<?> setting) {
        Description d = DESCRIPTIONS.get(setting.name());
        boolean local = setting.reference().equals(ClockSettings.LOCAL_CHOICE);
        return new SettingInForce(setting.name(), d.label(), setting.value(), setting.effectiveFrom(),
                setting.reference(), d.confidence(), local, LocalClockChoice.NAMES.contains(setting.name()));
    }

    /** Return whether the value is true/false rather than a number of working days. */
    public boolean yesNo() {
        return value instanceof Boolean;
    }
}
