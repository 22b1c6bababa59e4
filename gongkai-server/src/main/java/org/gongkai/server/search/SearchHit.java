package org.gongkai.server.search;

import java.time.LocalDate;
import org.gongkai.publication.Validity;

/**
 * One result. {@code snippet} is HTML: the text is escaped and matches are wrapped in {@code <mark>}.
 */
public record SearchHit(
        String id,
        String indexNumber,
        String title,
        String agency,
        LocalDate publishedOn,
        Validity validity,
        String snippet,
        float score) {
}
