package org.gongkai.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates known about how an application arrived.
 *
 * @param submittedOn the day it was handed in, sent online, or reached the office's mailbox or fax
 * @param signedForOn the day the disclosure office signed for a registered letter
 * @param confirmedOn the day the office and the applicant confirmed the application
 */
public record ReceiptFacts(Optional<LocalDate> submittedOn, Optional<LocalDate> signedForOn, Optional<LocalDate> confirmedOn) {

    public ReceiptFacts {
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(signedForOn, "signedForOn");
        Objects.requireNonNull(confirmedOn, "confirmedOn");
    }
}
