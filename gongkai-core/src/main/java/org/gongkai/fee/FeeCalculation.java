package org.gongkai.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A processing fee computed from the schedule in force on the notice's date, and how it was reached, band by
 * band, in Chinese a clerk can check by hand.
 *
 * @param scale the schedule's bands in force on the notice's date
 * @param noticeOn the date of the fee notice (收费通知书), which chose the scale
 * @param amountYuan the fee in yuan by the schedule
 * @param lines the steps: the schedule and its legal source, the count, each band charged (e.g.
 *     {@code 第 11—30 件：20 件 × 100 元 = 2000 元}) and the total; unmodifiable
 */
public record FeeCalculation(FeeScale scale, LocalDate noticeOn, BigDecimal amountYuan, List<String> lines) {

    public FeeCalculation {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(noticeOn, "noticeOn");
        Objects.requireNonNull(amountYuan, "amountYuan");
        lines = List.copyOf(lines);
    }

    public FeeSchedule schedule() {
        return scale.schedule();
    }

    /**
     * Return the amount the notice states when it is the computed one.
     *
     * @throws FeeRefusedException when the schedule charges nothing: no fee notice is due
     */
    public FeeNoticeAmount asComputed() {
        if (amountYuan.signum() == 0) {
            throw new FeeRefusedException("依照" + schedule().label() + "标准计算，本申请应收 0 元（在免费范围内），不应发出收费通知。");
        }
        return new FeeNoticeAmount(this, amountYuan, null);
    }

    /**
     * Return the amount the notice states when the agency states {@code statedYuan}: the computed amount needs no
     * reason; a lower one only with a recorded {@code reason}; a higher one never, since the fee may not exceed
     * the schedule.
     *
     * @param reason why the amount differs; may be null or blank when {@code statedYuan} is the computed amount
     * @throws FeeRefusedException for an amount of 0 or less, with more than two decimals, above the computed
     *     one, or different from it without a reason
     */
    public FeeNoticeAmount statedAs(BigDecimal statedYuan, String reason) {
        Objects.requireNonNull(statedYuan, "statedYuan");
        if (statedYuan.signum() <= 0) {
            throw new FeeRefusedException("收费通知书载明的金额应大于 0 元：" + statedYuan.toPlainString() + " 元。");
        }
        if (statedYuan.stripTrailingZeros().scale() > 2) {
            throw new FeeRefusedException("收费通知书载明的金额最多两位小数（元、角、分）：" + statedYuan.toPlainString() + " 元。");
        }
        int comparison = statedYuan.compareTo(amountYuan);
        if (comparison == 0) {
            return asComputed();
        }
        if (comparison > 0) {
            throw new FeeRefusedException("收费通知书载明的金额 " + statedYuan.toPlainString() + " 元高于依照" + schedule().label()
                    + "标准计算的 " + amountYuan.toPlainString() + " 元：信息处理费不得超出标准收取（"
                    + scale.bands().get(0).reference() + "）。");
        }
        if (reason == null || reason.isBlank()) {
            throw new FeeRefusedException("收费通知书载明的金额 " + statedYuan.toPlainString() + " 元与依照" + schedule().label()
                    + "标准计算的 " + amountYuan.toPlainString() + " 元不同，须记录理由。");
        }
        return new FeeNoticeAmount(this, statedYuan, reason.strip());
    }
}
