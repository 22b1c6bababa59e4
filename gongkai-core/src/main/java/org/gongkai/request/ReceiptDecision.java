package org.gongkai.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The receipt date (收到申请之日) of an application, or which fact is still missing to settle it.
 *
 * @param receivedOn the receipt date, when the facts settle it
 * @param missing the missing fact: its name ({@code submittedOn}, {@code signedForOn} or {@code confirmedOn})
 *     followed by its Chinese description, e.g. {@code signedForOn（签收日期）}
 * @param rule the rule applied, in Chinese, citing 条例第三十一条 and any setting used
 * @param warning what the facts show against the rule, in Chinese (an ordinary letter confirmed after the day it arrived)
 */
public record ReceiptDecision(Optional<LocalDate> receivedOn, Optional<String> missing, String rule, Optional<String> warning) {

    public ReceiptDecision {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(warning, "warning");
        if (receivedOn.isPresent() == missing.isPresent()) {
            throw new IllegalArgumentException("receivedOn and missing are exclusive");
        }
    }
}
