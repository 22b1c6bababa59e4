package org.gongkai.server.portal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.agency.Agency;
import org.gongkai.server.agencies.AgencyDirectory;
import org.gongkai.server.search.CatalogueSearch;
import org.gongkai.server.search.SearchHit;
import org.gongkai.server.store.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's home page: the search box, quick ways in, the latest published items and the agencies in their
 * hierarchy, one level at a time ({@code ?under=CODE}) or filtered by name ({@code ?find=…}); a plain GET form, which
 * the page's script submits as one types.
 */
@Controller
class HomeController {

    static final String HOME_VIEW = "portal/home";
    static final int LATEST = 8;

    private final AgencyDirectory agencies;
    private final CatalogueSearch search;

    HomeController(AgencyDirectory agencies, CatalogueSearch search) {
        this.agencies = agencies;
        this.search = search;
    }

    @GetMapping("/")
    String home(@RequestParam Optional<String> under, @RequestParam Optional<String> find, Model model) {
        AgencyTree directory = AgencyTree.of(agencies.all());
        Optional<String> filter = find.map(String::strip).filter(f -> !f.isEmpty());
        model.addAttribute("find", filter.orElse(""));
        if (filter.isPresent()) {
            model.addAttribute("found", directory.find(filter.get()));
            return HOME_VIEW;
        }
        List<AgencyTree.Listed> roots = directory.roots();
        // With one agency at the top its level is the home page; "?under=" (empty) lists the tops when there are several.
        Optional<String> current = under.isPresent() ? under.filter(code -> !code.isBlank())
                : roots.size() == 1 ? Optional.of(roots.get(0).agency().code()) : Optional.empty();
        model.addAttribute("severalRoots", roots.size() > 1);
        if (current.isPresent()) {
            Agency agency = directory.get(current.get()).orElseThrow(() -> new NotFoundException(current.get()));
            model.addAttribute("current", agency);
            model.addAttribute("above", directory.above(agency.code()));
            model.addAttribute("groups", directory.under(agency.code()));
        } else {
            model.addAttribute("roots", roots);
        }
        List<SearchHit> latest = search.search("", new CatalogueSearch.Filters(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of()), 1).hits();
        latest = latest.subList(0, Math.min(LATEST, latest.size()));
        model.addAttribute("latest", latest);
        model.addAttribute("agencyNames", latest.stream().map(SearchHit::agency).distinct()
                .collect(Collectors.toMap(code -> code, code -> directory.get(code).map(Agency::name).orElse(code))));
        return HOME_VIEW;
    }
}
