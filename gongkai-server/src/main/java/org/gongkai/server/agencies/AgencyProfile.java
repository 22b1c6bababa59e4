package org.gongkai.server.agencies;

import java.util.Objects;
import java.util.Optional;
import org.gongkai.letter.Letterhead;
import org.gongkai.letter.Remedies;

/**
 * What the 政府信息公开指南 and every letter say about an agency: its disclosure office's contacts, and where
 * its replies can be challenged.
 *
 * @param reviewBody the organ that hears an administrative review, or empty for the statute's generic wording
 * @param court the people's court that hears an administrative suit, or empty for the generic wording
 */
public record AgencyProfile(String office, String address, String postcode, String phone, String email,
        String officeHours, Optional<String> reviewBody, Optional<String> court) {

    /** The contact line of a letter from an agency that has no profile yet. */
    public static final String NO_CONTACT = "详见本机关政府信息公开指南";

    public AgencyProfile {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(officeHours, "officeHours");
        Objects.requireNonNull(reviewBody, "reviewBody");
        Objects.requireNonNull(court, "court");
    }

    /** Return the line a letter prints after "联系方式："; without an e-mail address, the line names none. */
    public String contactLine() {
        return office + "，地址：" + address + "，邮政编码：" + postcode + "，电话：" + phone
                + (email.isEmpty() ? "" : "，电子邮箱：" + email);
    }

    /** Return the review body letters and the guide name: the agency's own, else the generic wording. */
    public String reviewBodyOrGeneric() {
        return reviewBody.orElse(Remedies.GENERIC_REVIEW_BODY);
    }

    /** Return the court letters and the guide name: the agency's own, else the generic wording. */
    public String courtOrGeneric() {
        return court.orElse(Remedies.GENERIC_COURT);
    }

    /** Return the letterhead of {@code agencyName}, from its profile or, without one, the generic wording. */
    public static Letterhead letterhead(String agencyName, Optional<AgencyProfile> profile) {
        return profile.map(p -> new Letterhead(agencyName, p.contactLine(), p.reviewBodyOrGeneric(), p.courtOrGeneric()))
                .orElseGet(() -> new Letterhead(agencyName, NO_CONTACT, Remedies.GENERIC_REVIEW_BODY,
                        Remedies.GENERIC_COURT));
    }
}
