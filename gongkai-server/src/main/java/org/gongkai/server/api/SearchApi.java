package org.gongkai.server.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.publication.PublicationKind;
import org.gongkai.publication.Validity;
import org.gongkai.server.search.CatalogueSearch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search of the catalogue, one page of {@link CatalogueSearch#PAGE_SIZE}; snippets are HTML (text escaped, matches in {@code <mark>}). */
@RestController
class SearchApi {

    private final CatalogueSearch search;

    SearchApi(CatalogueSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/publications/search")
    ResponseEntity<?> search(@RequestParam String q, @RequestParam Optional<String> agency,
            @RequestParam Optional<Integer> year, @RequestParam Optional<PublicationKind> kind,
            @RequestParam Optional<Integer> item, @RequestParam(required = false) List<Validity> validity,
            @RequestParam(defaultValue = "1") int page) {
        try {
            return ResponseEntity.ok(search.search(q,
                    new CatalogueSearch.Filters(agency, year, kind, item, validity == null ? Set.of() : Set.copyOf(validity)), page));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(new ApiError(e.getMessage()));
        }
    }
}
