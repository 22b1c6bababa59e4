package org.gongkai.publication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of proactive disclosure (主动公开) with the catalogue facts the annual report counts.
 *
 * @param article20Item which item of 第二十条 (1–15) it falls under
 */
public record Publication(
        String id,
        String agency,
        PublicationKind kind,
        String indexNumber,
        String title,
        Optional<String> documentNumber,
        int article20Item,
        LocalDate issuedOn,
        LocalDate publishedOn,
        Optional<LocalDate> repealedOn,
        Optional<LocalDate> expiresOn) {

    public Publication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(indexNumber, "indexNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(repealedOn, "repealedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        requireArticle20Item(article20Item);
    }

    static void requireArticle20Item(int item) {
        if (item < 1 || item > 15) {
            throw new IllegalArgumentException("第二十条只有第（一）至第（十五）项，收到 " + item);
        }
    }

    /** Return whether the item is in force at the end of {@code day}: issued, not repealed, not expired. */
    public boolean inForceOn(LocalDate day) {
        return !issuedOn.isAfter(day)
                && repealedOn.map(r -> r.isAfter(day)).orElse(true)
                && expiresOn.map(e -> e.isAfter(day)).orElse(true);
    }

    /** Return the validity (有效性) at the end of {@code day}. */
    public Validity validityOn(LocalDate day) {
        return Validity.of(this, day);
    }
}
