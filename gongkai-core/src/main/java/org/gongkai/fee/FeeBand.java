package org.gongkai.fee;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of a fee scale: from {@code firstUnit} on, each unit costs {@code rateYuan}; when {@code stepUnits}
 * is positive, every further {@code stepUnits} units of the band cost {@code stepYuan} more (超额累进).
 *
 * @param stepUnits 0 when the rate is flat over the whole band
 */
public record FeeBand(int firstUnit, BigDecimal rateYuan, int stepUnits, BigDecimal stepYuan, String reference) {

    public FeeBand {
        Objects.requireNonNull(rateYuan, "rateYuan");
        Objects.requireNonNull(stepYuan, "stepYuan");
        Objects.requireNonNull(reference, "reference");
        if (firstUnit < 1 || stepUnits < 0 || rateYuan.signum() < 0 || stepYuan.signum() < 0) {
            throw new IllegalArgumentException("收费档次的起点应至少为 1，单价和每档增加额不能为负");
        }
    }

    /** Return the rate of the {@code k}-th unit, which must lie in this band. */
    BigDecimal rate(long k) {
        if (stepUnits == 0) {
            return rateYuan;
        }
        return rateYuan.add(stepYuan.multiply(BigDecimal.valueOf((k - firstUnit) / stepUnits)));
    }

    /** Return the last unit of the tier (the run of units at one rate) that unit {@code k} of this band is in. */
    long tierEnd(long k) {
        return stepUnits == 0 ? Long.MAX_VALUE : firstUnit + ((k - firstUnit) / stepUnits + 1) * stepUnits - 1;
    }
}
