package org.gongkai.letter;

import java.util.Objects;

/**
 * What an agency prints on every letter, set once per agency.
 *
 * @param agencyName the agency's full name, as signed under each letter
 * @param contact the disclosure office's address and telephone, as printed after "联系方式："
 * @param reviewBody the organ that hears an administrative review of this agency's replies, e.g. 上海市人民政府
 */
public record Letterhead(String agencyName, String contact, String reviewBody) {

    public Letterhead {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(reviewBody, "reviewBody");
    }
}
