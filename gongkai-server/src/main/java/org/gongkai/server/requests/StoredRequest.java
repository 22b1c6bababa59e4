package org.gongkai.server.requests;

import org.gongkai.request.DisclosureRequest;

/**
 * A request as stored: its history, the version a change must name, its projection, the subject of the
 * application, and the applicant's encrypted personal data (decrypt through {@link RequestService#applicant}).
 */
public record StoredRequest(DisclosureRequest request, long version, Projection projection, String subject,
        EncryptedApplicant encryptedApplicant) {

    /** The stored (encrypted) form of an {@link Applicant}. */
    public record EncryptedApplicant(String name, String idNumber, String phone, String address) {
    }
}
