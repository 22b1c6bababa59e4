package org.gongkai.bench.reportcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.read.CellRef;
import org.gongkai.report.render.HtmlReportWriter;
import org.gongkai.report.render.MarkdownReportWriter;

/**
 * A corpus of published reports as they reach a supervising office: random reports written by the HTML and
 * Markdown writers, then degraded as real ones are (flattened to text with tabs, group labels dropped,
 * headers mangled, a page break inside 表三), half of them with one figure changed so a sum no longer holds.
 */
public final class PublishedReportCorpus {

    /**
     * One published report.
     *
     * @param printed the report as printed, the changed figure included: what a reader must recover
     * @param injected the changed cell, or {@code null} for a report whose tables add up
     */
    public record Entry(String text, AnnualReport printed, CellRef injected, String writer) {
    }

    private PublishedReportCorpus() {
    }

    /** Return {@code count} reports generated from {@code seed}; the same seed gives the same corpus. */
    public static List<Entry> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Entry> corpus = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            AnnualReport report = RandomReports.next(random, i);
            CellRef injected = null;
            if (i % 2 == 1) {
                injected = randomCell(random);
                report = changed(report, injected, 1 + random.nextInt(5));
            }
            boolean html = random.nextBoolean();
            String written = html ? Flattening.htmlToText(HtmlReportWriter.write(report))
                    : Flattening.markdownToText(MarkdownReportWriter.write(report));
            corpus.add(new Entry(Degradation.apply(written, random), report, injected, html ? "html" : "markdown"));
        }
        return corpus;
    }

    private static CellRef randomCell(Random random) {
        if (random.nextInt(5) == 0) {
            return CellRef.table4(AppealKind.values()[random.nextInt(3)], Table4Column.values()[random.nextInt(5)]);
        }
        return CellRef.table3(Table3Row.values()[random.nextInt(Table3Row.values().length)],
                ApplicantColumn.values()[random.nextInt(ApplicantColumn.values().length)]);
    }

    private static AnnualReport changed(AnnualReport report, CellRef cell, int delta) {
        String[] p = cell.name().split("\\.");
        Integer old = (Integer) cell.in(report);
        if (p[0].equals("table3")) {
            Table3Row row = Table3Row.valueOf(p[1]);
            ApplicantColumn column = ApplicantColumn.valueOf(p[2]);
            return new AnnualReport(report.agencyCode(), report.agencyName(), report.year(), report.format(),
                    report.prose(), report.table2(), report.table3().with(row, column, old + delta), report.table4(),
                    report.findings());
        }
        AppealKind kind = AppealKind.valueOf(p[1]);
        Table4Column column = Table4Column.valueOf(p[2]);
        return new AnnualReport(report.agencyCode(), report.agencyName(), report.year(), report.format(),
                report.prose(), report.table2(), report.table3(), report.table4().with(kind, column, old + delta),
                report.findings());
    }
}
