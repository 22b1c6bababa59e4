package org.gongkai.server.documents;

import java.util.Objects;
import org.gongkai.letter.RenderedLetter;
import org.jsoup.Jsoup;

/** Write letters ready to print, sign and send: PDF with its fonts embedded, or DOCX. */
public final class LetterDocuments {

    private final HtmlToPdf pdf;

    public LetterDocuments(HtmlToPdf pdf) {
        this.pdf = Objects.requireNonNull(pdf, "pdf");
    }

    /** Return the letter as a file of {@code format}. */
    public byte[] write(RenderedLetter letter, DocumentFormat format) {
        return format == DocumentFormat.PDF ? pdf.render(Jsoup.parse(LetterHtml.of(letter))) : LetterDocx.of(letter);
    }
}
