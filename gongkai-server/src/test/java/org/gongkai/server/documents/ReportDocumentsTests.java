package org.gongkai.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongkai.dataset.DatasetReader;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3Row;
import org.gongkai.report.compile.ReportCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportDocumentsTests {

    private static ReportDocuments documents;
    private static AnnualReport report;

    @BeforeAll
    static void compile() throws Exception {
        documents = new ReportDocuments(new HtmlToPdf(DocumentFonts.embedded()));
        try (InputStream in = ReportDocumentsTests.class.getResourceAsStream("/documents/sample.json")) {
            report = ReportCompiler.of(DatasetReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .compile("SH-SL", 2025)
                    .withProse(ReportSection.OVERVIEW, "本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。");
        }
    }

    /** What the published report must show, squeezed of layout whitespace. */
    private static void assertOfficialContent(String text) {
        assertThat(text).contains(squeeze(report.title()), "一、总体情况", "认真贯彻落实", "二、主动公开政府信息情况",
                Table2.ARTICLE_20_ITEM_1, Table2.NORMATIVE_DOCUMENT, "1234", "三、收到和处理政府信息公开申请情况",
                squeeze(Table3Row.BALANCE_NOTE), "申请人情况", "法人或其他组织", "本年新收政府信息公开申请数量",
                "4.保护第三方合法权益", "结转下年度继续办理", "四、政府信息公开行政复议、行政诉讼情况", "未经复议直接起诉",
                "六、其他需要报告的事项");
        assertThat(text).doesNotContain("校验发现的问题");
    }

    @Test
    void thePdfReportReadsBackWithItsTablesAndItsPagesAreNotBlank() throws Exception {
        byte[] pdf = documents.write(report, DocumentFormat.PDF);

        assertOfficialContent(squeeze(PdfPages.text(pdf)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        Path first = PdfPages.png(pdf, 1, "report-page-1");
        Path second = PdfPages.png(pdf, 2, "report-page-2");
        assertThat(PdfPages.inkShare(first)).isBetween(0.01, 0.6);
        assertThat(PdfPages.inkShare(second)).isBetween(0.01, 0.6);
    }

    @Test
    void theDocxReportReadsBackWithItsTables() throws Exception {
        byte[] docx = documents.write(report, DocumentFormat.DOCX);

        assertOfficialContent(squeeze(LetterDocumentsTests.docxText(docx)));
    }

    private static String squeeze(String text) {
        return LetterDocumentsTests.squeeze(text);
    }
}
