package org.gongkai.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongkai.letter.DefaultLetterTemplates;
import org.gongkai.letter.LetterFacts;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.LetterVariable;
import org.gongkai.letter.RenderedLetter;
import org.gongkai.letter.SampleLetterFacts;
import org.gongkai.request.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GB/T 9704—2012 7.3.5: the signature, date and seal are never left alone on a page. Every letter type is laid out
 * with a clerk's explanation of realistic length, short and long, and read back page by page.
 */
class LetterLayoutTests {

    /** What a clerk writes in the 具体说明 paragraph, at lengths that end the body at different heights of a page. */
    private static final String[] DETAILS = {
        "",
        "经检索本机关档案系统及相关业务科室存档资料，2024年示例路改造工程由区建设管理委员会负责立项审批，"
                + "本机关未参与该项目的立项工作，亦未保存相关批复文件。",
        "经检索本机关2019年至2025年的收文、发文登记及档案系统，并向区建设管理委员会、区发展和改革委员会核实，"
                + "2024年示例路改造工程的立项批复由区发展和改革委员会于2024年3月作出，原件及电子文件均由该委保存。"
                + "本机关仅于2024年5月收到该委转送的项目概况说明一份，不属于您所申请的立项批复文件。"
                + "如您需要该批复文件，可向区发展和改革委员会提出政府信息公开申请，"
                + "该委政府信息公开工作机构地址为示例路2号，联系电话021-00000001。",
    };

    private static LetterDocuments documents;

    @BeforeAll
    static void loadFonts() {
        documents = new LetterDocuments(new HtmlToPdf(DocumentFonts.embedded()));
    }

    static List<Object[]> typesAndDetails() {
        List<Object[]> cases = new ArrayList<>();
        for (LetterType type : LetterType.all()) {
            for (int i = 0; i < DETAILS.length; i++) {
                cases.add(new Object[] {type, i});
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}, details {1}")
    @MethodSource("typesAndDetails")
    void theSignatureBlockSharesItsPageWithTheEndOfTheBody(LetterType type, int details) throws IOException {
        LetterFacts sample = SampleLetterFacts.of(type);
        LetterFacts.Builder facts = LetterFacts.builder(SampleLetterFacts.AGENCY_NAME, SampleLetterFacts.TRACKING_NUMBER,
                sample.issuedOn());
        for (LetterVariable variable : LetterVariable.values()) {
            sample.value(variable).ifPresent(value -> facts.text(variable, value));
        }
        RenderedLetter letter = DefaultLetterTemplates.of(type).render(facts.text(LetterVariable.DETAILS, DETAILS[details]).build());
        List<String> pages = pages(documents.write(letter, DocumentFormat.PDF));

        String date = LetterDocumentsTests.squeeze(letter.dateLine());
        List<String> signed = pages.stream().filter(p -> p.contains(date)).toList();
        assertThat(signed).as("one page carries the date").hasSize(1);
        String page = signed.get(0);
        List<String> paragraphs = letter.paragraphs();
        String lastParagraph = LetterDocumentsTests.squeeze(paragraphs.get(paragraphs.size() - 1));
        assertThat(page).as("page %d of %d", pages.indexOf(page) + 1, pages.size())
                .contains(lastParagraph.substring(Math.max(0, lastParagraph.length() - 12)), "（印章）");
    }

    @Test
    void aDocxLetterKeepsItsLastParagraphWithTheSignatureBlock() throws IOException {
        RenderedLetter letter = DefaultLetterTemplates.of(LetterType.reply(Outcome.UNAVAILABLE_NOT_HELD))
                .render(SampleLetterFacts.of(LetterType.reply(Outcome.UNAVAILABLE_NOT_HELD)));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.write(letter, DocumentFormat.DOCX)))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            int last = paragraphs.size() - 1;
            assertThat(paragraphs.get(last).getText()).isEqualTo(letter.dateLine());
            assertThat(paragraphs.get(last - 4).getText()).isEqualTo(letter.paragraphs().get(letter.paragraphs().size() - 1));
            assertThat(paragraphs.subList(last - 4, last)).allMatch(XWPFParagraph::isKeepNext);
            assertThat(paragraphs.get(last - 5).isKeepNext()).isFalse();
        }
    }

    /** Return each page's text, white space removed. */
    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(LetterDocumentsTests.squeeze(stripper.getText(doc)));
            }
        }
        return pages;
    }
}
