package org.gongkai.server.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/** Turn the HTML of a letter or report into a PDF with its fonts embedded, on GB/T 9704 pages. */
public final class HtmlToPdf {

    private final DocumentFonts fonts;

    public HtmlToPdf(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** Return the PDF of an HTML document whose style includes {@link #pageCss()}. */
    public byte[] render(Document html) {
        // Each time: a Spring context started after the first PDF resets the log levels.
        LibraryLogging.quiet();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(fonts::title, DocumentFonts.TITLE_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(fonts::title, DocumentFonts.TITLE_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(fonts::body, DocumentFonts.BODY_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(fonts::title, DocumentFonts.BODY_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withProducer("Gongkai");
            builder.withW3cDocument(new W3CDom().fromJsoup(html), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF", e);
        }
        return out.toByteArray();
    }

    /** Return the CSS of the page: size, margins, body type and the page number "— n —" (odd right, even left). */
    public static String pageCss() {
        return String.format(Locale.ROOT, """
                @page { size: %1$.0fmm %2$.0fmm; margin: %3$.0fmm %4$.0fmm %5$.0fmm %6$.0fmm; }
                @page :right { @bottom-right { content: "— " counter(page) " —"; } }
                @page :left { @bottom-left { content: "— " counter(page) " —"; } }
                @page { @bottom-right { font-family: '%7$s'; font-size: %8$.1fpt; vertical-align: top;
                        padding-top: %9$.0fmm; padding-right: 1em; }
                        @bottom-left { font-family: '%7$s'; font-size: %8$.1fpt; vertical-align: top;
                        padding-top: %9$.0fmm; padding-left: 1em; } }
                body { margin: 0; font-family: '%7$s'; font-size: %10$.1fpt; line-height: %11$.2fpt;
                       letter-spacing: %12$.3fpt; text-align: justify; }
                .title { font-family: '%13$s'; font-weight: bold; font-size: %14$.1fpt; text-align: center;
                         letter-spacing: 0; line-height: %15$.2fpt; margin: 0 0 %11$.2fpt 0; }
                p { margin: 0; }
                """,
                GbT9704.PAGE_WIDTH_MM, GbT9704.PAGE_HEIGHT_MM, GbT9704.MARGIN_TOP_MM, GbT9704.MARGIN_RIGHT_MM,
                GbT9704.MARGIN_BOTTOM_MM, GbT9704.MARGIN_LEFT_MM, DocumentFonts.BODY_FAMILY,
                GbT9704.PAGE_NUMBER_PT, GbT9704.PAGE_NUMBER_GAP_MM, GbT9704.BODY_PT, GbT9704.linePitchPt(),
                GbT9704.letterSpacingPt(), DocumentFonts.TITLE_FAMILY, GbT9704.TITLE_PT,
                GbT9704.linePitchPt() * 1.5);
    }

    /** Return {@code text} escaped for XHTML text and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
