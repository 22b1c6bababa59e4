package org.gongkai.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.letter.DefaultLetterTemplates;
import org.gongkai.letter.LetterKind;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.LetterVariable;
import org.gongkai.letter.RenderedLetter;
import org.gongkai.letter.SampleLetterFacts;
import org.gongkai.request.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LetterDocumentsTests {

    private static LetterDocuments documents;

    @BeforeAll
    static void loadFonts() {
        documents = new LetterDocuments(new HtmlToPdf(DocumentFonts.embedded()));
    }

    static Iterable<LetterType> allTypes() {
        return LetterType.all();
    }

    static RenderedLetter letter(LetterType type) {
        return DefaultLetterTemplates.of(type).render(SampleLetterFacts.of(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allTypes")
    void eachLetterReadsBackWithItsKeyFactsFromPdfAndDocx(LetterType type) throws Exception {
        RenderedLetter letter = letter(type);

        String pdf = squeeze(PdfPages.text(documents.write(letter, DocumentFormat.PDF)));
        String docx = squeeze(docxText(documents.write(letter, DocumentFormat.DOCX)));

        for (String text : new String[] {pdf, docx}) {
            assertThat(text).contains(squeeze(letter.title()), "上海市示例区市场监督管理局", "SH-SL-2025-0042",
                    "2025年5月6日", "王某某", "2025年3月3日", "（印章）");
            type.article().ifPresent(a -> assertThat(text).contains(squeeze(a)));
            if (type.kind() == LetterKind.REPLY) {
                assertThat(text).contains("60日内", "申请行政复议", "6个月内", "提起行政诉讼");
            }
            for (LetterVariable particular : LetterVariable.particularsOf(type)) {
                assertThat(text).as(particular.templateName())
                        .contains(squeeze(SampleLetterFacts.of(type).value(particular).orElseThrow()));
            }
        }
    }

    @Test
    void aPdfLetterIsA4WithTheCjkFontEmbeddedAndItsPageIsNotBlank() throws Exception {
        RenderedLetter letter = letter(LetterType.of(LetterKind.RECEIPT));
        byte[] pdf = documents.write(letter, DocumentFormat.PDF);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            boolean embeddedCjk = false;
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                embeddedCjk |= font.getName().contains("NotoSansSC") && font.isEmbedded();
            }
            assertThat(embeddedCjk).isTrue();
        }
        assertThat(PdfPages.text(pdf)).contains("— 1 —");
        Path png = PdfPages.png(pdf, 1, "letter-receipt");
        assertThat(PdfPages.inkShare(png)).isBetween(0.01, 0.5);
    }

    @Test
    void aFullBodyLineOfAPdfLetterHoldsTwentyEightCharacters() throws Exception {
        RenderedLetter letter = letter(LetterType.reply(Outcome.UNAVAILABLE_NOT_HELD));
        String body = squeeze(String.join("", letter.paragraphs()));
        byte[] pdf = documents.write(letter, DocumentFormat.PDF);

        // Latin letters and digits are half width: only lines of Chinese characters alone count.
        int longest = PdfPages.text(pdf).lines().map(LetterDocumentsTests::squeeze).filter(body::contains)
                .filter(line -> line.chars().allMatch(c -> c > 0x7f))
                .mapToInt(String::length).max().orElse(0);

        assertThat(longest).isEqualTo(GbT9704.CHARS_PER_LINE);
    }

    @Test
    void aDocxLetterNamesTheOfficialTypefacesPerRunAndTheTitleSize() throws Exception {
        byte[] docx = documents.write(letter(LetterType.of(LetterKind.CLARIFICATION)), DocumentFormat.DOCX);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFRun title = doc.getParagraphs().get(2).getRuns().get(0);
            XWPFRun body = doc.getParagraphs().get(4).getRuns().get(0);
            assertThat(title.text()).isEqualTo("政府信息公开申请补正告知书");
            assertThat(title.getFontSizeAsDouble()).isEqualTo(GbT9704.TITLE_PT);
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo(GbT9704.TITLE_TYPEFACE);
            assertThat(body.getFontSizeAsDouble()).isEqualTo(GbT9704.BODY_PT);
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo(GbT9704.BODY_TYPEFACE);
            assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getTop())
                    .hasToString(String.valueOf(GbT9704.twips(GbT9704.MARGIN_TOP_MM)));
        }
    }

    static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /** Drop the line breaks and spaces that layout puts inside a run of Chinese text. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
