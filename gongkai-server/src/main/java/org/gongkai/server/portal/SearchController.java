package org.gongkai.server.portal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.gongkai.publication.PublicationKind;
import org.gongkai.publication.Validity;
import org.gongkai.server.search.CatalogueSearch;
import org.gongkai.server.search.SearchResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/** Full-text search of the 主动公开目录, of one agency or of all; best match first, then newer; 20 to a page. */
@Controller
class SearchController {

    static final String SEARCH_VIEW = "portal/search";

    private final CatalogueSearch search;
    private final PortalAgencies agencies;

    SearchController(CatalogueSearch search, PortalAgencies agencies) {
        this.search = search;
        this.agencies = agencies;
    }

    /** What the search form asks; the same for one agency's search and for all. */
    record Asked(String q, Integer year, PublicationKind kind, Integer item, List<Validity> validity, Integer page) {
    }

    @GetMapping("/agencies/{code}/search")
    String agencySearch(@PathVariable String code, Asked asked, Model model) {
        model.addAttribute("agency", agencies.get(code));
        return results(Optional.of(code), asked, model, "/agencies/" + code + "/search");
    }

    @GetMapping("/search")
    String allSearch(Asked asked, Model model) {
        return results(Optional.empty(), asked, model, "/search");
    }

    private String results(Optional<String> agency, Asked asked, Model model, String path) {
        CatalogueSearch.Filters filters = new CatalogueSearch.Filters(agency, Optional.ofNullable(asked.year()),
                Optional.ofNullable(asked.kind()), Optional.ofNullable(asked.item()),
                asked.validity() == null ? Set.of() : Set.copyOf(asked.validity()));
        int page = asked.page() == null ? 1 : asked.page();
        model.addAttribute("q", asked.q());
        model.addAttribute("year", asked.year());
        model.addAttribute("kind", asked.kind());
        model.addAttribute("item", asked.item());
        model.addAttribute("validities", filters.validities());
        model.addAttribute("page", page);
        model.addAttribute("kinds", PublicationKind.values());
        model.addAttribute("allValidities", Validity.values());
        model.addAttribute("items", IntStream.rangeClosed(1, 15).boxed().toList());
        if (asked.q() != null && !asked.q().isBlank()) {
            try {
                SearchResults results = search.search(asked.q(), filters, page);
                model.addAttribute("results", results);
                if (page > 1) {
                    model.addAttribute("previousPage", pageLink(path, asked, page - 1));
                }
                if (page < CatalogueSearch.LAST_PAGE && page * CatalogueSearch.PAGE_SIZE < results.total()) {
                    model.addAttribute("nextPage", pageLink(path, asked, page + 1));
                }
            } catch (IllegalArgumentException e) {
                model.addAttribute("searchError", e.getMessage());
            }
        }
        return SEARCH_VIEW;
    }

    private static String pageLink(String path, Asked asked, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).queryParam("q", asked.q());
        Optional.ofNullable(asked.year()).ifPresent(year -> link.queryParam("year", year));
        Optional.ofNullable(asked.kind()).ifPresent(kind -> link.queryParam("kind", kind));
        Optional.ofNullable(asked.item()).ifPresent(item -> link.queryParam("item", item));
        Optional.ofNullable(asked.validity()).ifPresent(validities -> validities.forEach(v -> link.queryParam("validity", v)));
        return link.queryParam("page", page).encode().build().toUriString();
    }
}
