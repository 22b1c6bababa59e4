package org.gongkai.letter;

import java.util.Objects;

/**
 * A letter as it was sent: kept word for word, so that it can be listed and downloaded again exactly as
 * issued even after templates or facts change. Holds personal data (the recipient's name).
 *
 * @param id unique among issued letters, e.g. {@code SH-HZB-2025-0001-L2}
 * @param eventIndex the index of the request event the letter was sent for
 */
public record IssuedLetter(String id, String requestId, int eventIndex, RenderedLetter letter) {

    public IssuedLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(letter, "letter");
        if (eventIndex < 0) {
            throw new IllegalArgumentException("event index must not be negative: " + eventIndex);
        }
    }

    /** Return whether the applicant sees this letter on the status page (not a letter sent to a party consulted). */
    public boolean isForApplicant() {
        return letter.type().kind().isToApplicant();
    }
}
