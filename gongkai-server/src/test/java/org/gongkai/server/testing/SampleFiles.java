package org.gongkai.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Attachments for tests: a real PDF with Chinese text, and DOCX files made on the spot. */
public final class SampleFiles {

    /** Words that occur in {@link #pdf()} and nowhere else in the tests. */
    public static final String PDF_WORD = "满意度指标";

    private SampleFiles() {
    }

    /** A one-page PDF with embedded Chinese font (AR PL SungtiL GB subset), made once with PDFBox. */
    public static byte[] pdf() {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/search/evaluation-indicators.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX file with one paragraph of {@code text}. */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
