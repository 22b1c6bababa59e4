package org.gongkai.server.reportcheck;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.report.read.SourceDocument;

/**
 * Turn a report's PDF into the reader's rows of cells, from the position of every character: characters on
 * one baseline form a line, and a gap wider than about one character splits the line into cells. Table
 * rows come out as rows of cells even where the PDF's text order does not follow the table.
 */
final class PdfReportSource extends PDFTextStripper {

    private static final float CELL_GAP = 0.9f;

    private final List<TextPosition> glyphs = new ArrayList<>();
    private final List<List<SourceDocument.Cell>> rows = new ArrayList<>();

    private PdfReportSource() {
        setSortByPosition(true);
    }

    static SourceDocument of(byte[] pdf) throws IOException {
        PdfReportSource source = new PdfReportSource();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                source.setStartPage(page);
                source.setEndPage(page);
                source.glyphs.clear();
                source.getText(document);
                source.page(page);
            }
        }
        return SourceDocument.ofRows(source.rows);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        glyphs.add(text);
    }

    private void page(int page) {
        glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<TextPosition> line = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            if (!line.isEmpty() && Math.abs(glyph.getYDirAdj() - line.get(0).getYDirAdj())
                    > line.get(0).getHeightDir() * 0.5f) {
                line(page, line);
                line = new ArrayList<>();
            }
            line.add(glyph);
        }
        line(page, line);
    }

    private void line(int page, List<TextPosition> line) {
        if (line.isEmpty()) {
            return;
        }
        line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<SourceDocument.Cell> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        TextPosition start = line.get(0);
        TextPosition previous = null;
        for (TextPosition glyph : line) {
            if (previous != null && glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
                    > CELL_GAP * Math.max(previous.getFontSizeInPt(), previous.getWidthDirAdj())) {
                cells.add(cell(page, start, cell));
                cell.setLength(0);
                start = glyph;
            }
            cell.append(glyph.getUnicode());
            previous = glyph;
        }
        cells.add(cell(page, start, cell));
        rows.add(cells);
    }

    private static SourceDocument.Cell cell(int page, TextPosition start, CharSequence text) {
        return new SourceDocument.Cell(text.toString(),
                String.format("第%d页（x=%.0f, y=%.0f）", page, start.getXDirAdj(), start.getYDirAdj()));
    }
}
