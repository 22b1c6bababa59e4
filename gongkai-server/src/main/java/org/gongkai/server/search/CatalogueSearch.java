package org.gongkai.server.search;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.Services;
import org.springframework.stereotype.Component;

/** Searches the catalogue as the portal and the API ask it: text, optional agency and filters, first page. */
@Component
public class CatalogueSearch {

    private static final int PAGE = 20;

    private final PublicationIndex index;
    private final Services services;

    public CatalogueSearch(PublicationIndex index, Services services) {
        this.index = index;
        this.services = services;
    }

    public SearchResults search(String text, Optional<String> agency, Optional<Integer> year,
            Optional<PublicationKind> kind, Optional<Integer> article20Item) {
        SearchQuery query = SearchQuery.of(text.strip(), LocalDate.now(services.clock)).page(0, PAGE);
        query = agency.map(query::withAgency).orElse(query);
        query = year.map(query::withYear).orElse(query);
        query = kind.map(query::withKind).orElse(query);
        query = article20Item.map(query::withArticle20Item).orElse(query);
        return index.search(query);
    }
}
