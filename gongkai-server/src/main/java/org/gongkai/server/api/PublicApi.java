package org.gongkai.server.api;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.publication.Publication;
import org.gongkai.server.agencies.AgencyDirectory;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.reports.ReportService;
import org.gongkai.server.store.NotFoundException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Agencies, their publications, and the API's own description. */
@RestController
class PublicApi {

    record AgencyBody(String code, String name, String parent) {
    }

    record PublicationBody(String id, String agency, String kind, String indexNumber, String title,
            String documentNumber, int article20Item, LocalDate issuedOn, LocalDate publishedOn, LocalDate repealedOn,
            LocalDate expiresOn) {

        static PublicationBody of(Publication p) {
            return new PublicationBody(p.id(), p.agency(), p.kind().name(), p.indexNumber(), p.title(),
                    p.documentNumber().orElse(null), p.article20Item(), p.issuedOn(), p.publishedOn(),
                    p.repealedOn().orElse(null), p.expiresOn().orElse(null));
        }
    }

    private final AgencyDirectory agencies;
    private final PublicationService publications;
    private final ReportService reports;

    PublicApi(AgencyDirectory agencies, PublicationService publications, ReportService reports) {
        this.agencies = agencies;
        this.publications = publications;
        this.reports = reports;
    }

    @GetMapping("/api/v1/agencies")
    List<AgencyBody> agencies() {
        return agencies.all().stream()
                .map(a -> new AgencyBody(a.code(), a.name(), a.parent().orElse(null))).toList();
    }

    @GetMapping("/api/v1/agencies/{code}/publications")
    List<PublicationBody> publications(@PathVariable String code) {
        agencies.get(code);
        return publications.byAgency(code).stream().map(PublicationBody::of).toList();
    }

    @GetMapping(value = "/api/v1/agencies/{code}/reports/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    String report(@PathVariable String code, @PathVariable int year) {
        return reports.latestPublished(code, year).orElseThrow(
                () -> new NotFoundException(code + " 的 " + year + " 年度报告尚未发布。"));
    }

    @GetMapping(value = "/api/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Resource> openApi() {
        return ResponseEntity.ok(new ClassPathResource("api/openapi.json"));
    }
}
