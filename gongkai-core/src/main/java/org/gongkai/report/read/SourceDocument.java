package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A published report as rows of cells, each cell saying where in the input it came from: the lines of a
 * plain text (cells split at tabs and at the bars of a Markdown table), the rows of an HTML table, or the
 * lines a PDF page was rebuilt into. Adapters outside the core turn HTML and PDF into this shape.
 */
public final class SourceDocument {

    /** One cell of input text and where it is, in words a clerk can follow (e.g. {@code 第12行第3格}). */
    public record Cell(String text, String where) {
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(where, "where");
        }
    }

    private List<List<Cell>> rows;
    private final String plainText;

    private SourceDocument(List<List<Cell>> rows, String plainText) {
        this.rows = rows;
        this.plainText = plainText;
    }

    /** Return a document of these rows of cells, as an adapter built them. */
    public static SourceDocument ofRows(List<List<Cell>> rows) {
        List<List<Cell>> copy = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            copy.add(List.copyOf(row));
        }
        return new SourceDocument(List.copyOf(copy), null);
    }

    /** Return the document of a plain text: one row per line, cells split at tabs and Markdown bars. */
    public static SourceDocument ofPlainText(String text) {
        return new SourceDocument(null, text);
    }

    private static List<List<Cell>> rowsOf(String text) {
        List<List<Cell>> rows = new ArrayList<>();
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            rows.add(cellsOfLine(text.substring(start, end), lineNumber));
            start = end + 1;
        }
        return List.copyOf(rows);
    }

    private static List<Cell> cellsOfLine(String text, int lineNumber) {
        String line = withoutOuterBars(text);
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t' || line.charAt(i) == '|') {
                cells.add(new Cell(line.substring(start, i), ""));
                start = i + 1;
            }
        }
        List<Cell> located = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            String where = cells.size() == 1 ? "第" + lineNumber + "行" : "第" + lineNumber + "行第" + (c + 1) + "格";
            located.add(new Cell(cells.get(c).text(), where));
        }
        return located;
    }

    /** Return a Markdown table line without the bars that open and close it (they do not bound a cell). */
    static String withoutOuterBars(String line) {
        String stripped = line.strip();
        if (stripped.length() < 2 || stripped.charAt(0) != '|') {
            return line;
        }
        return stripped.substring(1, stripped.charAt(stripped.length() - 1) == '|' ? stripped.length() - 1 : stripped.length());
    }

    /** Return the rows, in input order; never {@code null}, unmodifiable. */
    public List<List<Cell>> rows() {
        if (rows == null) {
            rows = rowsOf(plainText);
        }
        return rows;
    }

    /** Return the text this document was made of, or {@code null} when an adapter built its rows. */
    String plainText() {
        return plainText;
    }
}
