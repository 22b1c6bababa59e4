package org.gongkai.server.search;

import java.util.List;
import java.util.Optional;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.IndexNumber;
import org.gongkai.publication.Publication;
import org.gongkai.server.publications.PublicationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index following the database: each committed publish, edit or repeal is indexed, and an empty
 * index (first start, deleted directory) is rebuilt from the stored publications.
 */
@Component
public class CatalogueIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueIndexer.class);

    public CatalogueIndexer(PublicationService publications, StoredEntries stored, PublicationIndex index) {
        publications.afterCommit(p -> stored.document(p).ifPresent(index::index));
        if (index.size() == 0) {
            long count = rebuild(stored, index);
            LOG.info("search index rebuilt from the database: {} publications", count);
        }
    }

    /** Replace the whole index with the stored publications, texts and attachments; return how many were indexed. */
    public static long rebuild(StoredEntries stored, PublicationIndex index) {
        return index.rebuild(stored.documents());
    }

    /**
     * Return a stored publication's metadata as a catalogue entry (no text, no attachments), or nothing for one the catalogue cannot hold
     * (an imported item whose index number or dates break the catalogue's rules; it stays in the database).
     */
    public static Optional<CatalogueEntry> entry(Publication p) {
        try {
            CatalogueContent content = new CatalogueContent(p.agency(), p.kind(), p.title(), p.documentNumber(),
                    p.article20Item(), p.issuedOn(), p.expiresOn(), Optional.empty(), List.of(), List.of(), "");
            return Optional.of(new CatalogueEntry(p.id(), IndexNumber.parse(p.indexNumber()), content,
                    p.publishedOn(), p.repealedOn(), Optional.empty()));
        } catch (IllegalArgumentException e) {
            LOG.warn("publication {} left out of the search index: {}", p.id(), e.getMessage());
            return Optional.empty();
        }
    }
}
