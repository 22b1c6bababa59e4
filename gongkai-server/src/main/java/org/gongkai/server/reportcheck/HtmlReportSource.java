package org.gongkai.server.reportcheck;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.read.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turn a report's HTML page into the reader's rows of cells: every table row is a row, one cell per
 * {@code td}/{@code th} (a cell spanning rows or columns is given once, where it starts, so that printed
 * blanks keep their places), and the text between tables is one row per block or line break.
 */
final class HtmlReportSource {

    private final List<List<SourceDocument.Cell>> rows = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int paragraphs;
    private int tables;

    private HtmlReportSource() {
    }

    static SourceDocument of(String html) {
        HtmlReportSource source = new HtmlReportSource();
        source.walk(Jsoup.parse(html).body());
        source.flush();
        return SourceDocument.ofRows(source.rows);
    }

    private void walk(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                line.append(text.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("table")) {
                    flush();
                    table(e);
                } else if (tag.equals("br")) {
                    flush();
                } else if (!tag.equals("script") && !tag.equals("style")) {
                    boolean block = e.isBlock();
                    if (block) {
                        flush();
                    }
                    walk(e);
                    if (block) {
                        flush();
                    }
                }
            }
        }
    }

    private void table(Element table) {
        tables++;
        int rowNumber = 0;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            rowNumber++;
            List<SourceDocument.Cell> cells = new ArrayList<>();
            int column = 0;
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    column++;
                    cells.add(new SourceDocument.Cell(cell.text(),
                            "表格" + tables + "第" + rowNumber + "行第" + column + "格"));
                }
            }
            rows.add(cells);
        }
    }

    private void flush() {
        String text = line.toString().replace('\n', ' ').strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            paragraphs++;
            rows.add(List.of(new SourceDocument.Cell(text, "正文第" + paragraphs + "段")));
        }
    }
}
