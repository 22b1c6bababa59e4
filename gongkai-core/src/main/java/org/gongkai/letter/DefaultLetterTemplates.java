package org.gongkai.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bundled default templates, one per {@link LetterType}, read from {@code templates/<id>.txt} beside this class. */
public final class DefaultLetterTemplates {

    /** The version of the bundled set; raise it whenever a bundled template's text changes. */
    public static final int VERSION = 2;

    private static final Map<LetterType, LetterTemplate> TEMPLATES = load();

    private DefaultLetterTemplates() {
    }

    /** Return the default template of {@code type}. */
    public static LetterTemplate of(LetterType type) {
        return TEMPLATES.get(type);
    }

    private static Map<LetterType, LetterTemplate> load() {
        Map<LetterType, LetterTemplate> templates = new LinkedHashMap<>();
        for (LetterType type : LetterType.all()) {
            String resource = "templates/" + type.id() + ".txt";
            try (InputStream in = DefaultLetterTemplates.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled letter template missing: " + resource);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                templates.put(type, LetterTemplate.parse(TemplateRef.bundled(type), text));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled letter template " + resource, e);
            }
        }
        return Map.copyOf(templates);
    }
}
