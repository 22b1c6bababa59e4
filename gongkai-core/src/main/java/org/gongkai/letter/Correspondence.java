package org.gongkai.letter;

import java.util.Objects;

/**
 * What the person issuing a letter passes in, because the request's history does not hold it. Personal
 * data: passed in for the one letter, never logged.
 *
 * @param recipientName the applicant's name, or the name of the third party or agency consulted
 * @param requestedInformation the information asked for, as the application describes it
 * @param details the clerk's own words for this letter (reasons, where to obtain, ...); may be empty
 */
public record Correspondence(String recipientName, String requestedInformation, String details) {

    public Correspondence {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(requestedInformation, "requestedInformation");
        Objects.requireNonNull(details, "details");
    }

    @Override
    public String toString() {
        return "Correspondence[personal data withheld]";
    }
}
