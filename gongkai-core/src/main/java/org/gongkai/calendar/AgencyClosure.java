package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An unscheduled closure of one agency (e.g. an office closed by a typhoon order): its working days from
 * {@code from} to {@code to} inclusive are not working days for that agency.
 *
 * @param reason the order or event, in Chinese, as the trace should cite it
 */
public record AgencyClosure(String agencyCode, LocalDate from, LocalDate to, String reason) {

    public AgencyClosure {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        if (agencyCode.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("临时停止办公必须写明机关代码和原因");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("临时停止办公的结束日 " + to + " 早于开始日 " + from);
        }
    }

    /** Return whether this closure applies to {@code agency} on {@code day}. */
    public boolean covers(String agency, LocalDate day) {
        return agencyCode.equals(agency) && !day.isBefore(from) && !day.isAfter(to);
    }
}
