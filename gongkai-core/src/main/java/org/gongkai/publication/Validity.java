package org.gongkai.publication;

import java.time.LocalDate;
import java.util.Optional;

/** 有效性 of a catalogue item on a day, derived from its dates: never stored, so it cannot go stale. */
public enum Validity {
    IN_FORCE("有效"),
    EXPIRED("失效"),
    REPEALED("废止");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Return the validity of {@code publication} at the end of {@code day}. Repeal wins over expiry when both
     * have happened, because a repeal is an act of the agency and is what 表二 counts.
     */
    public static Validity of(Publication publication, LocalDate day) {
        return of(publication.repealedOn(), publication.expiresOn(), day);
    }

    /** Return the validity at the end of {@code day} of an item with these repeal and expiry dates. */
    public static Validity of(Optional<LocalDate> repealedOn, Optional<LocalDate> expiresOn, LocalDate day) {
        if (repealedOn.map(r -> !r.isAfter(day)).orElse(false)) {
            return REPEALED;
        }
        if (expiresOn.map(e -> !e.isAfter(day)).orElse(false)) {
            return EXPIRED;
        }
        return IN_FORCE;
    }
}
