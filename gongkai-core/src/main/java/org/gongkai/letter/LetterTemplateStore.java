package org.gongkai.letter;

import java.util.List;
import java.util.Optional;

/**
 * An agency's own versions of the letter templates. Versions are never changed or deleted, so a letter
 * issued from one can always be written again exactly.
 */
public interface LetterTemplateStore {

    /**
     * Check {@code text} and keep it as the agency's next version of the template of {@code type}.
     *
     * @return the saved template; its version is one more than the agency's latest for {@code type}, or 1
     * @throws TemplateException if the text is not a valid template; nothing is saved then
     */
    LetterTemplate save(String agencyCode, LetterType type, String text);

    /** Return the given version of the agency's template, or empty when the agency has no such version. */
    Optional<LetterTemplate> version(String agencyCode, LetterType type, int version);

    /** Return the agency's versions of the template of {@code type}, oldest first; empty if it uses the default. */
    List<LetterTemplate> versions(String agencyCode, LetterType type);

    /** Return the agency's latest version, or empty when it uses the default. */
    default Optional<LetterTemplate> latest(String agencyCode, LetterType type) {
        List<LetterTemplate> all = versions(agencyCode, type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
