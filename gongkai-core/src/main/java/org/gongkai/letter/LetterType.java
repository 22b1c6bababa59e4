package org.gongkai.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.request.Outcome;

/**
 * What a template is written for: a letter kind and, for a reply, the outcome it answers and, where two provisions
 * share the outcome's 表三 row, which of them ({@link ReplyVariant}).
 *
 * @param outcome present exactly when {@code kind} is {@link LetterKind#REPLY}
 * @param variant present only for a reply whose outcome has it
 */
public record LetterType(LetterKind kind, Optional<Outcome> outcome, Optional<ReplyVariant> variant) {

    public LetterType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variant, "variant");
        if (outcome.isPresent() != (kind == LetterKind.REPLY)) {
            throw new IllegalArgumentException("an outcome goes with a reply and only with a reply: " + kind);
        }
        if (variant.isPresent() && !outcome.equals(variant.map(ReplyVariant::outcome))) {
            throw new IllegalArgumentException("variant " + variant.get() + " is not a reply to " + outcome);
        }
    }

    public LetterType(LetterKind kind, Optional<Outcome> outcome) {
        this(kind, outcome, Optional.empty());
    }

    /** Return the type of a letter that is not a reply. */
    public static LetterType of(LetterKind kind) {
        return new LetterType(kind, Optional.empty());
    }

    /** Return the type of the reply letter for {@code outcome}. */
    public static LetterType reply(Outcome outcome) {
        return new LetterType(LetterKind.REPLY, Optional.of(outcome));
    }

    /** Return the type of the reply letter {@code variant}. */
    public static LetterType reply(ReplyVariant variant) {
        return new LetterType(LetterKind.REPLY, Optional.of(variant.outcome()), Optional.of(variant));
    }

    /** Return every letter type, in the order a request meets them; one default template exists for each. */
    public static List<LetterType> all() {
        List<LetterType> all = new ArrayList<>();
        for (LetterKind kind : LetterKind.values()) {
            if (kind == LetterKind.REPLY) {
                for (Outcome outcome : Outcome.values()) {
                    all.add(reply(outcome));
                    ReplyVariant.of(outcome).forEach(v -> all.add(reply(v)));
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

    /** Return the stable id, e.g. {@code receipt}, {@code reply.UNAVAILABLE_NOT_HELD.NOT_RESPONSIBLE}. */
    public String id() {
        return outcome.map(o -> kind.code() + "." + o.name() + variant.map(v -> "." + v.name()).orElse(""))
                .orElse(kind.code());
    }

    /** Return a Chinese name for lists, e.g. {@code 答复书（1.本机关不掌握相关政府信息：不属于本机关负责公开）}. */
    public String label() {
        return outcome.map(o -> kind.label() + "（" + o.label() + variant.map(v -> "：" + v.label()).orElse("") + "）")
                .orElse(kind.label());
    }

    /** Return the 条例 provision a reply of this type cites, or empty where it has none (and for other letters). */
    public Optional<String> article() {
        if (variant.isPresent()) {
            return Optional.of(variant.get().article());
        }
        return outcome.flatMap(o -> ReplyVariant.baseArticle(o).or(o::article));
    }
}
