package org.gongkai.server.api;

import java.util.Optional;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.search.CatalogueSearch;
import org.gongkai.server.search.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search of the catalogue; snippets are HTML (text escaped, matches in {@code <em>}). */
@RestController
class SearchApi {

    private final CatalogueSearch search;

    SearchApi(CatalogueSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/publications/search")
    SearchResults search(@RequestParam String q, @RequestParam Optional<String> agency,
            @RequestParam Optional<Integer> year, @RequestParam Optional<PublicationKind> kind,
            @RequestParam Optional<Integer> item) {
        return search.search(q, agency, year, kind, item);
    }
}
