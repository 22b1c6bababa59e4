package org.gongkai.server.documents;

import static org.gongkai.server.documents.HtmlToPdf.escape;

import java.util.List;
import java.util.Locale;
import org.gongkai.letter.RenderedLetter;

/**
 * Lay a letter out as XHTML in the letter form of GB/T 9704 (信函格式): the agency's name in red over a
 * red double rule, the tracking number under it on the right, the title, the salutation, the body with
 * paragraphs indented two characters, then the agency's name and the date four characters from the right,
 * with the place for the seal drawn over them, kept on one page with the last paragraph.
 */
final class LetterHtml {

    private LetterHtml() {
    }

    static String of(RenderedLetter letter) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(letter.title())).append("</title><style>")
                .append(HtmlToPdf.pageCss()).append(css())
                .append("</style></head><body>\n");
        html.append("<div class=\"masthead\">").append(escape(letter.agencyName())).append("</div>\n");
        html.append("<div class=\"rule\"></div>\n");
        html.append("<p class=\"number\">").append(escape(letter.trackingLine())).append("</p>\n");
        html.append("<p class=\"title\">").append(escape(letter.title())).append("</p>\n");
        html.append("<p class=\"salutation\">").append(escape(letter.salutation())).append("</p>\n");
        List<String> paragraphs = letter.paragraphs();
        for (String paragraph : paragraphs.subList(0, paragraphs.size() - 1)) {
            html.append("<p class=\"para\">").append(escape(paragraph)).append("</p>\n");
        }
        // GB/T 9704 7.3.5: the signature, date and seal never stand alone on a page, so the last paragraph keeps
        // them company (the whole block moves to the next page when it does not fit).
        html.append("<div class=\"closing\"><p class=\"para\">").append(escape(paragraphs.get(paragraphs.size() - 1)))
                .append("</p>\n");
        int signatureWidth = Math.max(letter.agencyName().length(), letter.dateLine().length());
        html.append("<div class=\"sign\" style=\"width: ").append(signatureWidth).append("em\"><div class=\"seal\">")
                .append(escape(letter.sealPlace())).append("</div><p>").append(escape(letter.agencyName()))
                .append("</p><p>").append(escape(letter.dateLine())).append("</p></div></div>\n");
        html.append("</body></html>\n");
        return html.toString();
    }

    private static String css() {
        double pitch = GbT9704.linePitchPt();
        return String.format(Locale.ROOT, """
                .masthead { font-family: '%1$s'; font-weight: bold; color: #d00000; font-size: %2$.1fpt;
                            text-align: center; letter-spacing: 0.1em; line-height: %3$.2fpt; }
                .rule { border-top: 1.5pt solid #d00000; border-bottom: 0.5pt solid #d00000; height: 1.5pt;
                        margin: 4pt 0 0 0; }
                .number { text-align: right; letter-spacing: 0; margin-bottom: %3$.2fpt; }
                .para { text-indent: 2em; }
                .closing { page-break-inside: avoid; }
                .sign { margin: %4$.2fpt 4em 0 auto; text-align: center; letter-spacing: 0; }
                .seal { width: 42mm; height: 42mm; margin: 0 auto -30mm auto; border: 1pt dashed #d00000;
                        border-radius: 21mm; color: #d00000; font-size: 10.5pt; line-height: 14mm;
                        text-align: center; }
                """, DocumentFonts.TITLE_FAMILY, GbT9704.TITLE_PT + 4, pitch * 1.5, pitch);
    }
}
