package org.gongkai.letter;

import java.util.Objects;

/**
 * What an agency prints on every letter, set once per agency.
 *
 * @param agencyName the agency's full name, as signed under each letter
 * @param contact the disclosure office's address and telephone, as printed after "联系方式："
 * @param reviewBody the organ that hears an administrative review of this agency's replies, e.g. 上海市人民政府;
 *     {@link Remedies#GENERIC_REVIEW_BODY} when the agency has not named it
 * @param court the people's court that hears an administrative suit against this agency's replies;
 *     {@link Remedies#GENERIC_COURT} when the agency has not named it
 */
public record Letterhead(String agencyName, String contact, String reviewBody, String court) {

    public Letterhead {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(reviewBody, "reviewBody");
        Objects.requireNonNull(court, "court");
    }
}
