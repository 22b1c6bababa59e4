package org.gongkai.letter;

import java.util.Objects;
import java.util.Optional;

/**
 * Which template version made a letter: the bundled default or an agency's own, and its version number.
 *
 * @param agencyCode the agency whose template it is, or empty for the bundled default
 * @param version from 1 up; an agency's versions are numbered in the order they were saved
 */
public record TemplateRef(LetterType type, Optional<String> agencyCode, int version) {

    public TemplateRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(agencyCode, "agencyCode");
        if (version < 1) {
            throw new IllegalArgumentException("template versions start at 1: " + version);
        }
    }

    /** Return the reference of the bundled default template of {@code type}. */
    public static TemplateRef bundled(LetterType type) {
        return new TemplateRef(type, Optional.empty(), DefaultLetterTemplates.VERSION);
    }

    /** Return a compact key for storage, e.g. {@code SH-HZB/receipt@3} or {@code default/receipt@1}. */
    public String key() {
        return agencyCode.orElse("default") + "/" + type.id() + "@" + version;
    }

    /** Return a Chinese description for error messages and lists, e.g. {@code 默认模板“receipt”第1版}. */
    public String describe() {
        String owner = agencyCode.map(code -> code + " 的模板").orElse("默认模板");
        return owner + "“" + type.id() + "”第" + version + "版";
    }
}
