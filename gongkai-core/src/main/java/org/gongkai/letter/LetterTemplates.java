package org.gongkai.letter;

import java.util.Objects;
import java.util.Optional;

/** Find the template a letter is written from: the agency's latest own version, else the bundled default. */
public final class LetterTemplates {

    private final LetterTemplateStore store;

    public LetterTemplates(LetterTemplateStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Return the template an agency writes letters of {@code type} from today. */
    public LetterTemplate current(String agencyCode, LetterType type) {
        return store.latest(agencyCode, type).orElseGet(() -> DefaultLetterTemplates.of(type));
    }

    /** Return the template version {@code ref} names (to write an issued letter again), or empty if unknown. */
    public Optional<LetterTemplate> byRef(TemplateRef ref) {
        if (ref.agencyCode().isEmpty()) {
            return ref.version() == DefaultLetterTemplates.VERSION
                    ? Optional.of(DefaultLetterTemplates.of(ref.type()))
                    : Optional.empty();
        }
        return store.version(ref.agencyCode().get(), ref.type(), ref.version());
    }
}
