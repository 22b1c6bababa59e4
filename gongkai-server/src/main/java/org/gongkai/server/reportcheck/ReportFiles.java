package org.gongkai.server.reportcheck;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gongkai.report.read.ReadReport;
import org.gongkai.report.read.ReportReader;
import org.gongkai.report.read.SourceDocument;

/** Read a published report file of any supported kind: plain text, an HTML page, or a PDF. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Return whether the file's name says it is a kind {@link #read(Path)} accepts. */
    public static boolean isReport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".pdf");
    }

    /**
     * Return the reading of the file, by its kind: {@code .pdf}, {@code .html}/{@code .htm}, else plain text;
     * text and HTML in UTF-8 or, failing that, GB18030.
     *
     * @throws IOException when the file cannot be read or is not a valid PDF
     */
    public static ReadReport read(Path file) throws IOException {
        return ReportReader.read(document(file));
    }

    /** Return the text of the bytes: UTF-8 if they are valid UTF-8, else GB18030 (older portals serve GBK). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    static SourceDocument document(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return PdfReportSource.of(Files.readAllBytes(file));
        }
        String text = decode(Files.readAllBytes(file));
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HtmlReportSource.of(text);
        }
        return SourceDocument.ofPlainText(text);
    }
}
