package org.gongkai.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class HtmlToDocxTests {

    private static final String HTML = """
            <html><body><h1>某局2025年政府信息公开工作年度报告</h1><h2>一、总体情况</h2><p>第一段。</p>
            <table>
              <tr><td class="note" rowspan="2" colspan="2">注</td><th colspan="2">申请人情况</th></tr>
              <tr><th>自然人</th><th>总计</th></tr>
              <tr><td class="label" rowspan="2">三、本年度办理结果</td><td class="label">（一）予以公开</td><td>3</td><td>4</td></tr>
              <tr><td class="label">（二）部分公开</td><td>5</td><td>6</td></tr>
            </table><p>末段。</p></body></html>
            """;

    @Test
    void keepsHeadingsParagraphsAndTheTableSpans() throws Exception {
        byte[] docx = HtmlToDocx.convert(Jsoup.parse(HTML));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).extracting(p -> p.getText())
                    .containsSubsequence("某局2025年政府信息公开工作年度报告", "一、总体情况", "第一段。", "末段。");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(4);
            XWPFTableCell note = table.getRow(0).getCell(0);
            assertThat(note.getText()).isEqualTo("注");
            assertThat(note.getCTTc().getTcPr().getGridSpan().getVal()).hasToString("2");
            assertThat(note.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(table.getRow(1).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("", "自然人", "总计");
            assertThat(table.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(table.getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("三、本年度办理结果", "（一）予以公开", "3", "4");
            assertThat(table.getRow(3).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("", "（二）部分公开", "5", "6");
        }
    }
}
