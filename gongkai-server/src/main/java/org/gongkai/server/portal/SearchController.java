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
                if (results.total() == 0) {
                    suggest(agency, asked, path, model);
                }
            } catch (IllegalArgumentException e) {
                model.addAttribute("searchError", e.getMessage());
            }
        }
        return SEARCH_VIEW;
    }

    /** Suggest ways to a result after none: without the filters, in all agencies, with shorter words. */
    private static void suggest(Optional<String> agency, Asked asked, String path, Model model) {
        boolean filtered = asked.year() != null || asked.kind() != null || asked.item() != null
                || asked.validity() != null && !asked.validity().isEmpty();
        if (filtered) {
            model.addAttribute("withoutFilters", UriComponentsBuilder.fromPath(path).queryParam("q", asked.q()).encode().build().toUriString());
        }
        if (agency.isPresent()) {
            model.addAttribute("inAllAgencies", UriComponentsBuilder.fromPath("/search").queryParam("q", asked.q()).encode().build().toUriString());
        }
        model.addAttribute("shorter", shorter(asked.q()).stream()
                .map(q -> new Suggestion(q, UriComponentsBuilder.fromPath(path).queryParam("q", q).encode().build().toUriString()))
                .toList());
    }

    /** A shorter search to try, and its link. */
    record Suggestion(String text, String link) {
    }

    /** Return each word alone when there are several, or the two halves of a single word of four characters or more. */
    static List<String> shorter(String q) {
        List<String> words = List.of(q.strip().split("\\s+"));
        if (words.size() > 1) {
            return words.stream().filter(w -> w.codePointCount(0, w.length()) >= 2).distinct().toList();
        }
        String word = words.get(0).replaceAll("[\"“”「」]", "");
        int length = word.codePointCount(0, word.length());
        if (length < 4) {
            return List.of();
        }
        int half = word.offsetByCodePoints(0, length / 2);
        return List.of(word.substring(0, half), word.substring(half));
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
