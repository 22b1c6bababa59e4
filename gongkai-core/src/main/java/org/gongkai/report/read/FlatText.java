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
    private int[] separatorsBefore;

    private FlatText(String raw, int[] cellStarts, String[] cellWheres) {
        this.raw = raw;
        this.text = withoutPageMarks(TextNormalizer.normalize(raw));
        this.cellStarts = cellStarts;
        this.cellWheres = cellWheres;
    }

    static FlatText of(SourceDocument document) {
        return document.plainText() != null ? ofPlainText(document.plainText()) : ofRows(document);
    }

    /**
     * Return the flat text of a plain text without building cells: the text itself, with the bars that open
     * and close a Markdown table line blanked; {@link #where} then counts lines and separators.
     */
    private static FlatText ofPlainText(String plain) {
        StringBuilder raw = new StringBuilder(plain.length());
        List<Integer> lineStarts = new java.util.ArrayList<>();
        int start = 0;
        while (start <= plain.length()) {
            int end = plain.indexOf('\n', start);
            if (end < 0) {
                end = plain.length();
            }
            lineStarts.add(raw.length());
            String line = plain.substring(start, end);
            String inner = SourceDocument.withoutOuterBars(line);
            if (inner.length() != line.length()) {
                int at = line.indexOf(inner.isEmpty() ? "|" : inner);
                raw.append(" ".repeat(Math.max(at, 0))).append(inner)
                        .append(" ".repeat(Math.max(0, line.length() - Math.max(at, 0) - inner.length())));
            } else {
                raw.append(line);
            }
            raw.append('\n');
            start = end + 1;
        }
        int[] starts = lineStarts.stream().mapToInt(Integer::intValue).toArray();
        return new FlatText(raw.toString(), starts, null);
    }

    private static FlatText ofRows(SourceDocument document) {
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

    /** Return, for every offset of the plain text, how many cell separators come before it (built once, on demand). */
    private int[] separatorsBefore() {
        if (separatorsBefore == null) {
            int[] before = new int[raw.length() + 1];
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                before[i + 1] = before[i] + (c == '\t' || c == '|' ? 1 : 0);
            }
            separatorsBefore = before;
        }
        return separatorsBefore;
    }

    /** A line that is only a page number, as PDF extractions leave them inside tables: {@code — 3 —}, {@code 第3页 共9页}. */
    private static final java.util.regex.Pattern PAGE_MARK = java.util.regex.Pattern.compile(
            "\\s*(?:[-—–~]+\\s*\\d{1,4}\\s*[-—–~]+|第\\s*\\d{1,4}\\s*页(?:\\s*[,/]?\\s*共\\s*\\d{1,4}\\s*页)?)\\s*");

    /** Return the text with page-number lines blanked (same length, so offsets stay valid). */
    private static String withoutPageMarks(String text) {
        char[] out = null;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start <= 24 && end > start && mayBePageMark(text, start, end)
                    && PAGE_MARK.matcher(text).region(start, end).matches()) {
                out = out == null ? text.toCharArray() : out;
                java.util.Arrays.fill(out, start, end, ' ');
            }
            start = end + 1;
        }
        return out == null ? text : new String(out);
    }

    private static boolean mayBePageMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '—' || c == '-' || c == '页') {
                return true;
            }
        }
        return false;
    }

    /** Return the prose in {@code [from, to)} with its Chinese punctuation, cells and lines joined by spaces. */
    String prose(int from, int to) {
        return TextNormalizer.normalizeProse(raw.substring(from, to));
    }

    /** Return where the character at this offset came from. */
    String where(int offset) {
        int i = Arrays.binarySearch(cellStarts, offset);
        int cell = i >= 0 ? i : -i - 2;
        if (cell < 0) {
            return "";
        }
        if (cellWheres != null) {
            return cellWheres[cell];
        }
        int lineEnd = raw.indexOf('\n', cellStarts[cell]);
        int[] before = separatorsBefore();
        int cells = 1 + before[lineEnd] - before[cellStarts[cell]];
        int cellNumber = 1 + before[Math.min(offset, lineEnd)] - before[cellStarts[cell]];
        return "第" + (cell + 1) + "行" + (cells > 1 ? "第" + cellNumber + "格" : "");
    }

    static boolean isSeparator(char c) {
        return c == '\t' || c == '\n' || c == '|';
    }
}
