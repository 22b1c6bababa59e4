package org.gongkai.server.documents;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.render.HtmlReportWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

/**
 * Publish an annual report as PDF or DOCX in the official layout: the report's own HTML (the one layout of
 * the tables, from {@link HtmlReportWriter}) set on GB/T 9704 pages. The rule findings are a check for
 * staff, not part of the published report, and are left out.
 */
public final class ReportDocuments {

    private final HtmlToPdf pdf;

    public ReportDocuments(HtmlToPdf pdf) {
        this.pdf = Objects.requireNonNull(pdf, "pdf");
    }

    /** Return the report as a file of {@code format}. */
    public byte[] write(AnnualReport report, DocumentFormat format) {
        Document html = Jsoup.parse(HtmlReportWriter.write(report.withFindings(List.of())));
        html.head().appendElement("style").appendChild(new DataNode(HtmlToPdf.pageCss() + css()));
        return format == DocumentFormat.PDF ? pdf.render(html) : HtmlToDocx.convert(html);
    }

    private static String css() {
        double pitch = GbT9704.linePitchPt();
        return String.format(Locale.ROOT, """
                body { max-width: none; margin: 0; }
                h1 { font-family: '%1$s'; font-weight: bold; font-size: %2$.1fpt; text-align: center;
                     letter-spacing: 0; line-height: %3$.2fpt; margin: 0 0 %4$.2fpt 0; }
                h2 { font-family: '%5$s'; font-weight: bold; font-size: %6$.1fpt; line-height: %4$.2fpt;
                     text-indent: 2em; margin: 0; page-break-after: avoid; }
                p { text-indent: 2em; margin: 0; }
                table { width: 100%%; border-collapse: collapse; font-size: %7$.1fpt; line-height: 1.35;
                        letter-spacing: 0; text-align: center; margin: 4pt 0 %4$.2fpt 0; }
                th, td { border: 0.5pt solid #000; padding: 1.5pt 2pt; font-weight: normal; }
                td.label, td.note { text-align: left; }
                tr { page-break-inside: avoid; }
                """, DocumentFonts.TITLE_FAMILY, GbT9704.TITLE_PT, pitch * 1.5, pitch, DocumentFonts.BODY_FAMILY,
                GbT9704.BODY_PT, GbT9704.TABLE_PT);
    }
}
