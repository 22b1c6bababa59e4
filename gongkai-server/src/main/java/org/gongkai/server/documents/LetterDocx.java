package org.gongkai.server.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongkai.letter.RenderedLetter;

/** Write a letter as DOCX, with the same parts and the same GB/T 9704 measures as {@link LetterHtml}. */
final class LetterDocx {

    private LetterDocx() {
    }

    static byte[] of(RenderedLetter letter) {
        try (XWPFDocument doc = DocxPages.newDocument()) {
            DocxPages.paragraph(doc, letter.agencyName(), DocxPages.Style.MASTHEAD, ParagraphAlignment.CENTER);
            DocxPages.paragraph(doc, letter.trackingLine(), DocxPages.Style.BODY, ParagraphAlignment.RIGHT);
            DocxPages.paragraph(doc, letter.title(), DocxPages.Style.TITLE, ParagraphAlignment.CENTER);
            DocxPages.paragraph(doc, letter.salutation(), DocxPages.Style.BODY, ParagraphAlignment.LEFT);
            XWPFParagraph last = null;
            for (String paragraph : letter.paragraphs()) {
                last = DocxPages.paragraph(doc, paragraph, DocxPages.Style.INDENTED, ParagraphAlignment.BOTH);
            }
            // GB/T 9704 7.3.5, as in LetterHtml: the last paragraph, seal, signature and date stay on one page.
            last.setKeepNext(true);
            DocxPages.paragraph(doc, "", DocxPages.Style.BODY, ParagraphAlignment.LEFT).setKeepNext(true);
            DocxPages.paragraph(doc, letter.sealPlace(), DocxPages.Style.SEAL, ParagraphAlignment.RIGHT).setKeepNext(true);
            DocxPages.paragraph(doc, letter.agencyName(), DocxPages.Style.SIGNATURE, ParagraphAlignment.RIGHT).setKeepNext(true);
            DocxPages.paragraph(doc, letter.dateLine(), DocxPages.Style.SIGNATURE, ParagraphAlignment.RIGHT);
            return DocxPages.bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
