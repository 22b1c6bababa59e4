package org.gongkai.server.portal;

import java.util.Optional;
import java.util.stream.IntStream;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.search.CatalogueSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Full-text search of the 主动公开目录, of one agency or of all; best match first, then newer. */
@Controller
class SearchController {

    static final String SEARCH_VIEW = "portal/search";

    private final CatalogueSearch search;
    private final PortalAgencies agencies;

    SearchController(CatalogueSearch search, PortalAgencies agencies) {
        this.search = search;
        this.agencies = agencies;
    }

    @GetMapping("/agencies/{code}/search")
    String agencySearch(@PathVariable String code, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) PublicationKind kind,
            @RequestParam(required = false) Integer item, Model model) {
        model.addAttribute("agency", agencies.get(code));
        return results(Optional.of(code), q, year, kind, item, model);
    }

    @GetMapping("/search")
    String allSearch(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) PublicationKind kind, @RequestParam(required = false) Integer item,
            Model model) {
        return results(Optional.empty(), q, year, kind, item, model);
    }

    private String results(Optional<String> agency, String q, Integer year, PublicationKind kind, Integer item,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("item", item);
        model.addAttribute("kinds", PublicationKind.values());
        model.addAttribute("items", IntStream.rangeClosed(1, 15).boxed().toList());
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", search.search(q, agency, Optional.ofNullable(year), Optional.ofNullable(kind),
                    Optional.ofNullable(item)));
        }
        return SEARCH_VIEW;
    }
}
