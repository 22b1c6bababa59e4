package org.gongkai.fee;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Items (件) counted for one applicant's application on one day, under the per-request schedule.
 *
 * @param applicant any stable key for the applicant (never a name or ID number in clear)
 */
public record PerRequestCharge(String applicant, LocalDate on, int items) {

    public PerRequestCharge {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(on, "on");
        if (items < 1) {
            throw new IllegalArgumentException("计收件数应至少为 1：" + items);
        }
        if (on.isBefore(ProcessingFee.EFFECTIVE_FROM)) {
            throw new IllegalArgumentException(on + " 早于国办函〔2020〕109号的施行日 " + ProcessingFee.EFFECTIVE_FROM);
        }
    }
}
