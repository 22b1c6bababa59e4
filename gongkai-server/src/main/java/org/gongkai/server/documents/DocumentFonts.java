package org.gongkai.server.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The TrueType fonts a PDF embeds: the official title and body typefaces where a file of each is configured
 * and present, else the bundled Noto Sans SC (Bold for the title, Regular for the rest). PDFBox needs
 * TrueType outlines: an OpenType/CFF file (e.g. Debian's Noto CJK) does not work.
 */
public final class DocumentFonts {

    static final String TITLE_FAMILY = "gk-title";
    static final String BODY_FAMILY = "gk-body";

    private static final String REGULAR = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final String BOLD = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

    private final byte[] title;
    private final byte[] body;

    private DocumentFonts(byte[] title, byte[] body) {
        this.title = title;
        this.body = body;
    }

    /** Return the bundled open fonts. */
    public static DocumentFonts embedded() {
        return new DocumentFonts(resource(BOLD), resource(REGULAR));
    }

    /** Return the official typefaces from these files where given and present, the bundled fonts otherwise. */
    public static DocumentFonts preferring(Optional<Path> titleFont, Optional<Path> bodyFont) {
        return new DocumentFonts(
                titleFont.filter(Files::isReadable).map(DocumentFonts::file).orElseGet(() -> resource(BOLD)),
                bodyFont.filter(Files::isReadable).map(DocumentFonts::file).orElseGet(() -> resource(REGULAR)));
    }

    InputStream title() {
        return new ByteArrayInputStream(title);
    }

    InputStream body() {
        return new ByteArrayInputStream(body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] file(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
