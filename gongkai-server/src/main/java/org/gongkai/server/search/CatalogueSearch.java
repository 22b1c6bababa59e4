package org.gongkai.server.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.gongkai.publication.PublicationKind;
import org.gongkai.publication.Validity;
import org.springframework.stereotype.Component;

/** Searches the catalogue as the portal and the API ask it: text, optional agency and filters, one page at a time. */
@Component
public class CatalogueSearch {

    public static final int PAGE_SIZE = 20;
    /** The last page that can be asked for: results are counted, and so paged, up to {@link PublicationIndex#COUNTED_UP_TO}. */
    public static final int LAST_PAGE = PublicationIndex.COUNTED_UP_TO / PAGE_SIZE;

    /**
     * The filters of a search.
     *
     * @param validities the validities to include; empty means {@link SearchQuery#DEFAULT_VALIDITIES}
     */
    public record Filters(Optional<String> agency, Optional<Integer> year, Optional<PublicationKind> kind,
            Optional<Integer> article20Item, Set<Validity> validities) {

        public Filters {
            validities = validities.isEmpty() ? SearchQuery.DEFAULT_VALIDITIES : Set.copyOf(validities);
        }
    }

    private final PublicationIndex index;
    private final Clock clock;

    public CatalogueSearch(PublicationIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    /**
     * Return page {@code page} (from 1) of the results.
     *
     * @throws IllegalArgumentException with a Chinese sentence, for text too long or a page out of range
     */
    public SearchResults search(String text, Filters filters, int page) {
        if (page < 1 || page > LAST_PAGE) {
            throw new IllegalArgumentException("页码须在 1 到 " + LAST_PAGE + " 之间：最多列出前 " + PublicationIndex.COUNTED_UP_TO
                    + " 条结果，请增加检索词或筛选条件缩小范围。");
        }
        SearchQuery query = SearchQuery.of(text.strip(), LocalDate.now(clock))
                .withValidities(filters.validities())
                .page((page - 1) * PAGE_SIZE, PAGE_SIZE);
        query = filters.agency().map(query::withAgency).orElse(query);
        query = filters.year().map(query::withYear).orElse(query);
        query = filters.kind().map(query::withKind).orElse(query);
        query = filters.article20Item().map(query::withArticle20Item).orElse(query);
        return index.search(query);
    }
}
