package org.gongkai.report.read;

import java.util.Arrays;
import java.util.List;

/**
 * The normalized text of a {@link SourceDocument}: cells joined by tabs, rows by newlines, with a map
 * from every offset back to the cell it came from.
 */
final class FlatText {

    private final String text;
    private final String raw;
    private final int[] cellStarts;
    private final String[] cellWheres;

    private FlatText(String raw, int[] cellStarts, String[] cellWheres) {
        this.raw = raw;
        this.text = TextNormalizer.normalize(raw);
        this.cellStarts = cellStarts;
        this.cellWheres = cellWheres;
    }

    static FlatText of(SourceDocument document) {
        StringBuilder joined = new StringBuilder();
        int cells = 0;
        for (List<SourceDocument.Cell> row : document.rows()) {
            cells += row.size();
        }
        int[] starts = new int[cells];
        String[] wheres = new String[cells];
        int index = 0;
        for (List<SourceDocument.Cell> row : document.rows()) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    joined.append('\t');
                }
                starts[index] = joined.length();
                wheres[index] = row.get(c).where();
                index++;
                joined.append(row.get(c).text().replace('\t', ' ').replace('\n', ' '));
            }
            joined.append('\n');
        }
        return new FlatText(joined.toString(), starts, wheres);
    }

    String text() {
        return text;
    }

    /** Return the prose in {@code [from, to)} with its Chinese punctuation, cells and lines joined by spaces. */
    String prose(int from, int to) {
        return TextNormalizer.normalizeProse(raw.substring(from, to));
    }

    /** Return where the character at this offset came from. */
    String where(int offset) {
        int i = Arrays.binarySearch(cellStarts, offset);
        int cell = i >= 0 ? i : -i - 2;
        return cell < 0 ? "" : cellWheres[cell];
    }

    static boolean isSeparator(char c) {
        return c == '\t' || c == '\n' || c == '|';
    }
}
