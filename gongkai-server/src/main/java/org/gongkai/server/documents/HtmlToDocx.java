package org.gongkai.server.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Write the simple HTML of a report (h1, h2, p, tables with row and column spans) as DOCX on GB/T 9704
 * pages, so that the DOCX keeps the one layout the HTML writer defines.
 */
final class HtmlToDocx {

    private HtmlToDocx() {
    }

    static byte[] convert(Document html) {
        try (XWPFDocument doc = DocxPages.newDocument()) {
            for (Element element : html.body().select("h1, h2, p, table")) {
                if (element.parents().stream().anyMatch(p -> p.tagName().equals("table"))) {
                    continue;
                }
                switch (element.tagName()) {
                    case "h1" -> DocxPages.paragraph(doc, element.text(), DocxPages.Style.TITLE, ParagraphAlignment.CENTER);
                    case "h2" -> DocxPages.paragraph(doc, element.text(), DocxPages.Style.HEADING, ParagraphAlignment.LEFT);
                    case "p" -> DocxPages.paragraph(doc, element.text(), DocxPages.Style.INDENTED, ParagraphAlignment.BOTH);
                    default -> table(doc, element);
                }
            }
            return DocxPages.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell of the HTML table placed on the grid: its top-left corner and spans. */
    private record Placed(Element cell, int row, int column, int rowspan, int colspan) {
    }

    private static void table(XWPFDocument doc, Element table) {
        List<Element> rows = table.select("tr");
        List<Placed> placed = place(rows);
        int columns = placed.stream().mapToInt(p -> p.column() + p.colspan()).max().orElse(1);
        XWPFTable out = doc.createTable();
        out.setWidth("100%");
        int columnWidth = GbT9704.twips(GbT9704.textWidthMm()) / columns;
        CTTblGrid grid = out.getCTTbl().getTblGrid() == null ? out.getCTTbl().addNewTblGrid() : out.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(columnWidth));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? out.getRow(0) : out.insertNewTableRow(r);
            int cellIndex = 0;
            for (Placed cell : rowSlots(placed, r)) {
                XWPFTableCell target = r == 0 && cellIndex == 0 ? row.getCell(0) : row.createCell();
                cellIndex++;
                CTTcPr properties = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr() : target.getCTTc().addNewTcPr();
                properties.addNewTcW().setW(BigInteger.valueOf((long) columnWidth * cell.colspan()));
                if (cell.colspan() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan()));
                }
                boolean starts = cell.row() == r;
                if (cell.rowspan() > 1) {
                    properties.addNewVMerge().setVal(starts ? STMerge.RESTART : STMerge.CONTINUE);
                }
                target.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                DocxPages.format(target.getParagraphs().get(0), starts ? cell.cell().text() : "", DocxPages.Style.TABLE);
                target.getParagraphs().get(0).setAlignment(cell.cell().hasClass("label") || cell.cell().hasClass("note")
                        ? ParagraphAlignment.LEFT
                        : ParagraphAlignment.CENTER);
            }
        }
    }

    /** Place every HTML cell on the grid, skipping the slots that spans from earlier cells cover. */
    private static List<Placed> place(List<Element> rows) {
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                while (covered(placed, r, column)) {
                    column++;
                }
                int colspan = span(cell, "colspan");
                placed.add(new Placed(cell, r, column, span(cell, "rowspan"), colspan));
                column += colspan;
            }
        }
        return placed;
    }

    private static boolean covered(List<Placed> placed, int row, int column) {
        return placed.stream().anyMatch(p -> row >= p.row() && row < p.row() + p.rowspan()
                && column >= p.column() && column < p.column() + p.colspan());
    }

    /** Return, left to right, the cells that occupy row {@code r}: those starting on it and those spanning into it. */
    private static List<Placed> rowSlots(List<Placed> placed, int r) {
        return placed.stream()
                .filter(p -> r >= p.row() && r < p.row() + p.rowspan())
                .sorted((a, b) -> Integer.compare(a.column(), b.column()))
                .toList();
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute);
        return value.isEmpty() ? 1 : Math.max(1, Integer.parseInt(value.strip()));
    }
}
