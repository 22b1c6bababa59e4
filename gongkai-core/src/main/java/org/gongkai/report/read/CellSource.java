package org.gongkai.report.read;

import java.util.Objects;

/**
 * Where a cell's figure came from and how sure the reader is.
 *
 * @param where the place in the input (line and cell, table cell, page and position), or empty
 * @param printed the characters the figure was read from (e.g. the digit run it was split out of), or empty
 * @param reason why the cell is inferred or missing, in Chinese; empty for a figure read as printed
 */
public record CellSource(Confidence confidence, String where, String printed, String reason) {

    public CellSource {
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(reason, "reason");
    }

    public static CellSource missing(String reason) {
        return new CellSource(Confidence.MISSING, "", "", reason);
    }
}
