package org.gongkai.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.request.Outcome;

/**
 * What a template is written for: a letter kind and, for a reply, the outcome it answers.
 *
 * @param outcome present exactly when {@code kind} is {@link LetterKind#REPLY}
 */
public record LetterType(LetterKind kind, Optional<Outcome> outcome) {

    public LetterType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.isPresent() != (kind == LetterKind.REPLY)) {
            throw new IllegalArgumentException("an outcome goes with a reply and only with a reply: " + kind);
        }
    }

    /** Return the type of a letter that is not a reply. */
    public static LetterType of(LetterKind kind) {
        return new LetterType(kind, Optional.empty());
    }

    /** Return the type of the reply letter for {@code outcome}. */
    public static LetterType reply(Outcome outcome) {
        return new LetterType(LetterKind.REPLY, Optional.of(outcome));
    }

    /** Return every letter type, in the order a request meets them; one default template exists for each. */
    public static List<LetterType> all() {
        List<LetterType> all = new ArrayList<>();
        for (LetterKind kind : LetterKind.values()) {
            if (kind == LetterKind.REPLY) {
                for (Outcome outcome : Outcome.values()) {
                    all.add(reply(outcome));
                }
            } else {
                all.add(of(kind));
            }
        }
        return List.copyOf(all);
    }

    /** Return the type whose {@link #id()} is {@code id}, or empty when there is none. */
    public static Optional<LetterType> byId(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Return the stable id, e.g. {@code receipt} or {@code reply.UNAVAILABLE_NOT_HELD}. */
    public String id() {
        return outcome.map(o -> kind.code() + "." + o.name()).orElse(kind.code());
    }

    /** Return a Chinese name for lists, e.g. {@code 答复书（1.本机关不掌握相关政府信息）}. */
    public String label() {
        return outcome.map(o -> kind.label() + "（" + o.label() + "）").orElse(kind.label());
    }
}
