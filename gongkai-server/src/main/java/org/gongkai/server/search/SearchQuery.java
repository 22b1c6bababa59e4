package org.gongkai.server.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.publication.PublicationKind;
import org.gongkai.publication.Validity;

/**
 * A catalogue search: words (each must match) and "quoted phrases" (must match as written, also across word
 * boundaries), with filters. Validity is judged on {@code today}, so an item expires in results without reindexing.
 * By default repealed items are left out: a repealed item leaves the results the moment it is repealed.
 *
 * @param year the year of 发布日期
 */
public record SearchQuery(
        String text,
        Optional<String> agency,
        Optional<Integer> year,
        Optional<PublicationKind> kind,
        Optional<Integer> article20Item,
        Set<Validity> validities,
        LocalDate today,
        int offset,
        int limit) {

    /** The validities searched unless others are chosen: everything not repealed. */
    public static final Set<Validity> DEFAULT_VALIDITIES = Set.of(Validity.IN_FORCE, Validity.EXPIRED);
    public static final int MAX_LIMIT = 100;
    /** Longest search text; keeps every query well inside Lucene's clause limits. */
    public static final int MAX_TEXT_LENGTH = 100;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(article20Item, "article20Item");
        Objects.requireNonNull(today, "today");
        validities = Set.copyOf(validities);
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("检索词过长：最多 " + MAX_TEXT_LENGTH + " 个字符");
        }
        if (validities.isEmpty()) {
            throw new IllegalArgumentException("至少选择一种有效性");
        }
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("分页参数超出范围：offset=" + offset + "，limit=" + limit);
        }
    }

    /** Return a query for {@code text} over items not repealed, first page of 10. */
    public static SearchQuery of(String text, LocalDate today) {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_VALIDITIES, today, 0, 10);
    }

    public SearchQuery withAgency(String code) {
        return new SearchQuery(text, Optional.of(code), year, kind, article20Item, validities, today, offset, limit);
    }

    public SearchQuery withYear(int publishedYear) {
        return new SearchQuery(text, agency, Optional.of(publishedYear), kind, article20Item, validities, today, offset, limit);
    }

    public SearchQuery withKind(PublicationKind publicationKind) {
        return new SearchQuery(text, agency, year, Optional.of(publicationKind), article20Item, validities, today, offset, limit);
    }

    public SearchQuery withArticle20Item(int item) {
        return new SearchQuery(text, agency, year, kind, Optional.of(item), validities, today, offset, limit);
    }

    public SearchQuery withValidities(Set<Validity> allowed) {
        return new SearchQuery(text, agency, year, kind, article20Item, allowed, today, offset, limit);
    }

    public SearchQuery page(int pageOffset, int pageLimit) {
        return new SearchQuery(text, agency, year, kind, article20Item, validities, today, pageOffset, pageLimit);
    }
}
