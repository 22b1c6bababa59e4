package org.gongkai.report.read;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;

/**
 * What the reader recovered from a published report: the report in the compiler's model (unknown cells
 * are {@code null}), where every cell came from, what the reader noted, and what it found wrong with the
 * report's structure (missing sections or rows, rows out of order, tables that are images, unread cells).
 *
 * @param sources one entry per table cell of the format found, including the missing ones
 * @param notes what the reader decided and why (format, agency, alignments), in Chinese
 * @param findings structural findings of the reading, before any arithmetic rule
 */
public record ReadReport(AnnualReport report, Map<CellRef, CellSource> sources, List<String> notes,
        List<Finding> findings) {

    public ReadReport {
        sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
        notes = List.copyOf(notes);
        findings = List.copyOf(findings);
    }

    /** Return the cells no figure could be claimed for; unmodifiable. */
    public Map<CellRef, CellSource> unread() {
        Map<CellRef, CellSource> unread = new TreeMap<>();
        sources.forEach((ref, source) -> {
            if (source.confidence() == Confidence.MISSING) {
                unread.put(ref, source);
            }
        });
        return java.util.Collections.unmodifiableMap(unread);
    }
}
