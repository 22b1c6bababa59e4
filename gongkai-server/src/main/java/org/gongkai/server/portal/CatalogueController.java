package org.gongkai.server.portal;

import java.util.List;
import java.util.stream.IntStream;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.publications.Downloads;
import org.gongkai.server.publications.PublicationFiles;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.store.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The 主动公开目录: browse an agency's publications by 第二十条 item, year and kind; one publication's page. */
@Controller
class CatalogueController {

    static final String CATALOGUE_VIEW = "portal/catalogue";
    static final String PUBLICATION_VIEW = "portal/publication";

    private final PublicationFiles publicationFiles;
    private final PublicationService publications;
    private final PortalAgencies agencies;

    CatalogueController(PublicationFiles publicationFiles,
            PublicationService publications, PortalAgencies agencies) {
        this.publicationFiles = publicationFiles;
        this.publications = publications;
        this.agencies = agencies;
    }

    @GetMapping("/agencies/{code}/catalogue")
    String catalogue(@PathVariable String code, @RequestParam(required = false) Integer item,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) PublicationKind kind,
            Model model) {
        model.addAttribute("agency", agencies.get(code));
        List<Publication> all = publications.byAgency(code);
        model.addAttribute("years", all.stream().map(p -> p.publishedOn().getYear()).distinct().sorted(
                java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("items", IntStream.rangeClosed(1, 15).boxed().toList());
        model.addAttribute("kinds", PublicationKind.values());
        model.addAttribute("item", item);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        model.addAttribute("publications", all.stream()
                .filter(p -> item == null || p.article20Item() == item)
                .filter(p -> year == null || p.publishedOn().getYear() == year)
                .filter(p -> kind == null || p.kind() == kind)
                .toList());
        return CATALOGUE_VIEW;
    }

    @GetMapping("/agencies/{code}/publications/{id}")
    String publication(@PathVariable String code, @PathVariable String id, Model model) {
        model.addAttribute("agency", agencies.get(code));
        Publication p = publicationOf(code, id);
        model.addAttribute("publication", p);
        model.addAttribute("details", publications.details(id));
        model.addAttribute("attachments", publicationFiles.ofPublication(id));
        return PUBLICATION_VIEW;
    }

    /** Download the {@code n}-th attachment of a publication, as its own type and under its own name. */
    @GetMapping("/agencies/{code}/publications/{id}/attachments/{n}")
    ResponseEntity<byte[]> attachment(@PathVariable String code, @PathVariable String id, @PathVariable int n) {
        publicationOf(code, id);
        return Downloads.of(publicationFiles.ofPublication(id, n)
                .orElseThrow(() -> new NotFoundException(id + "/attachments/" + n)));
    }

    private Publication publicationOf(String code, String id) {
        Publication p = publications.get(id).publication();
        if (!p.agency().equals(code)) {
            throw new NotFoundException(id);
        }
        return p;
    }
}
