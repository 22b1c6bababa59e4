package org.gongkai.server.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads the text of an attachment for the index: PDF (PDFBox), DOCX (POI) and plain text; other kinds have none. */
public final class AttachmentText {

    private AttachmentText() {
    }

    /**
     * Return the text of the file; an empty string for kinds that carry no extractable text (images, archives).
     *
     * @throws IllegalArgumentException with a Chinese message naming the file when a PDF or DOCX cannot be read
     */
    public static String extract(String fileName, String mediaType, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        try {
            if (mediaType.equals("application/pdf") || name.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
            if (mediaType.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    || name.endsWith(".docx")) {
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
                        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                    return extractor.getText();
                }
            }
            if (mediaType.startsWith("text/plain") || name.endsWith(".txt")) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            return "";
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("附件“" + fileName + "”无法读取正文：文件已损坏或不是所声明的格式", e);
        }
    }
}
