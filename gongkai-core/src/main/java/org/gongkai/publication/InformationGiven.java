package org.gongkai.publication;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One applicant was given a piece of information in reply to a request (予以公开 or 部分公开).
 *
 * @param informationKey what identifies "the same information" (the 文号 or catalogue key staff recorded on the reply)
 * @param applicantKey an opaque key of the applicant (never a name or ID number), so repeats by one applicant count once
 */
public record InformationGiven(String informationKey, String title, String requestId, String applicantKey, LocalDate givenOn) {

    public InformationGiven {
        Objects.requireNonNull(informationKey, "informationKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(applicantKey, "applicantKey");
        Objects.requireNonNull(givenOn, "givenOn");
    }
}
