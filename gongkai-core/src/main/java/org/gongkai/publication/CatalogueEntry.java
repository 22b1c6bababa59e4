package org.gongkai.publication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A published catalogue item: its content, 索引号, 发布日期, and (once repealed) 废止日期.
 * A new version is a new entry whose {@code previousVersion} names the one it replaces; the old one is kept.
 */
public record CatalogueEntry(
        String id,
        IndexNumber indexNumber,
        CatalogueContent content,
        LocalDate publishedOn,
        Optional<LocalDate> repealedOn,
        Optional<String> previousVersion) {

    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indexNumber, "indexNumber");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(repealedOn, "repealedOn");
        Objects.requireNonNull(previousVersion, "previousVersion");
        if (publishedOn.isBefore(content.issuedOn())) {
            throw new IllegalArgumentException("发布日期 " + publishedOn + " 早于成文日期 " + content.issuedOn());
        }
    }

    /** Return the facts the annual report counts (interchange.md publication). */
    public Publication publication() {
        return new Publication(id, content.agency(), content.kind(), indexNumber.toString(), content.title(),
                content.documentNumber(), content.article20Item(), content.issuedOn(), publishedOn, repealedOn,
                content.expiresOn());
    }

    /** Return the validity (有效性) at the end of {@code day}. */
    public Validity validityOn(LocalDate day) {
        return Validity.of(publication(), day);
    }

    /** Return this entry repealed (废止) on {@code day}; refuse a second repeal or a repeal before publication. */
    public CatalogueEntry repeal(LocalDate day) {
        if (repealedOn.isPresent()) {
            throw new PublicationRefusedException("“" + content.title() + "”已于 " + repealedOn.get() + " 废止，不能再次废止");
        }
        if (day.isBefore(publishedOn)) {
            throw new PublicationRefusedException("废止日期 " + day + " 早于发布日期 " + publishedOn);
        }
        return new CatalogueEntry(id, indexNumber, content, publishedOn, Optional.of(day), previousVersion);
    }

    /** Start a new version of this entry (修订): a draft that links back to this one. */
    public Draft revise(String newId, CatalogueContent newContent, LocalDate formedOn, String author) {
        if (repealedOn.isPresent()) {
            throw new PublicationRefusedException("“" + content.title() + "”已废止，不能再发布新版本");
        }
        if (!newContent.agency().equals(content.agency())) {
            throw new PublicationRefusedException("新版本须由同一发布机构发布");
        }
        return new Draft(newId, newContent, formedOn, author, Optional.of(id));
    }

    /**
     * Return this (older) entry as it stands once {@code newer}, a version of it, is published: repealed on the
     * day the new version is published when {@link CatalogueSettings#revisionRepealsPrevious()} holds, else unchanged.
     */
    public CatalogueEntry supersededBy(CatalogueEntry newer, CatalogueSettings settings) {
        if (!newer.previousVersion.equals(Optional.of(id))) {
            throw new IllegalArgumentException(newer.id + " 不是 " + id + " 的新版本");
        }
        return settings.revisionRepealsPrevious() && repealedOn.isEmpty() ? repeal(newer.publishedOn) : this;
    }
}
