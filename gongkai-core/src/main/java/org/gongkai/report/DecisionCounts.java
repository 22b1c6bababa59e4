package org.gongkai.report;

import java.math.BigDecimal;
import java.util.Objects;

/** An agency's decision counts and fees for one year, as 表二 reports them (第二十条第（五）（六）（八）项). */
public record DecisionCounts(
        String agency, int year, int licensing, int penalty, int coercion, BigDecimal feesWanYuan) {

    public DecisionCounts {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(feesWanYuan, "feesWanYuan");
        if (licensing < 0 || penalty < 0 || coercion < 0 || feesWanYuan.signum() < 0) {
            throw new IllegalArgumentException("表二的处理决定数量和收费金额不能为负数");
        }
    }
}
