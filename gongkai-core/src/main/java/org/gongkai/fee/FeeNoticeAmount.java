package org.gongkai.fee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The amount a fee notice states, with the calculation it rests on and, when it is lower than the computed
 * amount, the recorded reason. Made by {@link FeeCalculation#asComputed()} or {@link FeeCalculation#statedAs}.
 *
 * @param amountYuan the amount the notice states, the one the applicant is to pay
 * @param reason why the amount differs from the computed one; null when it does not
 */
public record FeeNoticeAmount(FeeCalculation calculation, BigDecimal amountYuan, String reason) {

    public FeeNoticeAmount {
        Objects.requireNonNull(calculation, "calculation");
        Objects.requireNonNull(amountYuan, "amountYuan");
        if ((reason == null || reason.isBlank()) != (amountYuan.compareTo(calculation.amountYuan()) == 0)) {
            throw new FeeRefusedException("收费通知书载明的金额与按标准计算的金额不同时须记录理由，相同时不记理由。");
        }
    }

    /** Return the reason the amount differs from the computed one, or empty when it is the computed one. */
    public Optional<String> deviationReason() {
        return Optional.ofNullable(reason);
    }

    /** Return the calculation's lines and a last line saying what the notice states and why. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(calculation.lines());
        String computed = calculation.amountYuan().toPlainString();
        lines.add(reason == null
                ? "收费通知书载明 " + computed + " 元，即按标准计算的金额"
                : "收费通知书载明 " + amountYuan.toPlainString() + " 元，低于按标准计算的 " + computed + " 元，理由：" + reason);
        return List.copyOf(lines);
    }
}
