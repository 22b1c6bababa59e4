package org.gongkai.server.search;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.Publication;
import org.gongkai.server.publications.PublicationDetails;
import org.gongkai.server.publications.PublicationFiles;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.publications.StoredFile;

/** Stored items as whole catalogue entries: metadata, text and attachments, as search, feeds and bundles need them. */
public final class StoredEntries {

    private final PublicationRepository publicationRepository;
    private final PublicationFiles publicationFiles;

    public StoredEntries(PublicationRepository publicationRepository, PublicationFiles publicationFiles) {
        this.publicationRepository = publicationRepository;
        this.publicationFiles = publicationFiles;
    }

    /** Return the whole entry of a stored item, or nothing for one the catalogue cannot hold. */
    public Optional<CatalogueEntry> entry(Publication p) {
        return CatalogueIndexer.entry(p).map(this::complete);
    }

    /** Return {@code entry} (metadata only) with its stored text, 主题分类, 关键词, previous version and attachments. */
    public CatalogueEntry complete(CatalogueEntry entry) {
        PublicationDetails d = publicationRepository.details(entry.id());
        List<StoredFile> files = publicationFiles.ofPublication(entry.id());
        CatalogueContent c = entry.content();
        CatalogueContent content = new CatalogueContent(c.agency(), c.kind(), c.title(), c.documentNumber(),
                c.article20Item(), c.issuedOn(), c.expiresOn(), d.topic(), d.keywords(),
                files.stream().map(StoredFile::attachment).toList(), d.body());
        return new CatalogueEntry(entry.id(), entry.indexNumber(), content, entry.publishedOn(), entry.repealedOn(),
                d.previousVersion());
    }

    /** Return what the index holds for every stored item the catalogue can hold. */
    public Stream<SearchDocument> documents() {
        return publicationRepository.all().stream().map(this::document).flatMap(Optional::stream);
    }

    /** Return what the index holds for a stored item: its whole entry and the text of its attachments. */
    public Optional<SearchDocument> document(Publication p) {
        return entry(p).map(e -> new SearchDocument(e, publicationFiles.ofPublication(p.id()).stream()
                .map(StoredFile::text).toList()));
    }
}
