package org.gongkai.server.portal;

import java.nio.charset.StandardCharsets;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.render.HtmlReportWriter;
import org.gongkai.report.render.ReportJson;
import org.gongkai.server.reports.ReportService;
import org.gongkai.server.store.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An agency's published annual reports: the list, one report in the official layout, and its download. */
@Controller
class ReportPageController {

    static final String REPORTS_VIEW = "portal/reports";
    static final String REPORT_VIEW = "portal/report";

    private final ReportService reports;
    private final PortalAgencies agencies;

    ReportPageController(ReportService reports, PortalAgencies agencies) {
        this.reports = reports;
        this.agencies = agencies;
    }

    @GetMapping("/agencies/{code}/reports")
    String list(@PathVariable String code, Model model) {
        model.addAttribute("agency", agencies.get(code));
        model.addAttribute("years", reports.publishedYears(code));
        return REPORTS_VIEW;
    }

    @GetMapping("/agencies/{code}/reports/{year}")
    String show(@PathVariable String code, @PathVariable int year, Model model) {
        model.addAttribute("agency", agencies.get(code));
        AnnualReport report = published(code, year);
        model.addAttribute("report", report);
        model.addAttribute("officialBody", officialBody(HtmlReportWriter.write(report)));
        return REPORT_VIEW;
    }

    @GetMapping("/agencies/{code}/reports/{year}/download")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable int year) {
        agencies.get(code);
        AnnualReport report = published(code, year);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(code + "-" + year + ".html", StandardCharsets.UTF_8).build().toString())
                .body(HtmlReportWriter.write(report).getBytes(StandardCharsets.UTF_8));
    }

    /** Return the official layout's body without its title, which the page shows as its own heading. */
    static String officialBody(String document) {
        int start = document.indexOf("</h1>") + "</h1>".length();
        return document.substring(start, document.lastIndexOf("</body>"));
    }

    private AnnualReport published(String code, int year) {
        return ReportJson.read(reports.latestPublished(code, year)
                .orElseThrow(() -> new NotFoundException(code + "/" + year)));
    }
}
