package org.gongkai.fee;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A processing fee and how it was reached, band by band, in Chinese.
 *
 * @param amountYuan the fee in yuan
 * @param lines the bands charged, e.g. {@code 第 11—30 件：20 件 × 100 元 = 2000 元}; unmodifiable
 */
public record FeeCalculation(FeeSchedule schedule, BigDecimal amountYuan, List<String> lines) {

    public FeeCalculation {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(amountYuan, "amountYuan");
        lines = List.copyOf(lines);
    }
}
