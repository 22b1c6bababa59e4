package org.gongkai.server.search;

import java.util.List;
import java.util.Objects;
import org.gongkai.publication.CatalogueEntry;

/** What the index holds for one catalogue entry: the entry (metadata and body) and the text of its attachments. */
public record SearchDocument(CatalogueEntry entry, List<String> attachmentTexts) {

    public SearchDocument {
        Objects.requireNonNull(entry, "entry");
        attachmentTexts = List.copyOf(attachmentTexts);
    }
}
