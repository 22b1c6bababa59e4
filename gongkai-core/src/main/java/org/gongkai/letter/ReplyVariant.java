package org.gongkai.letter;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongkai.request.Outcome;

/**
 * A reply letter that answers one of two provisions sharing a 表三 row: 第三十六条 gives (一) already published
 * information and (二) information provided their own answers, and (四) information that does not exist and (五)
 * information that is not this agency's to disclose theirs. The outcome's plain letter answers the provision named
 * by {@link #baseArticle(Outcome)}; a variant answers its own.
 */
public enum ReplyVariant {
    ALREADY_PUBLISHED(Outcome.DISCLOSED, "第三十六条第（一）项", "第三十六条第（二）项", "已主动公开，告知获取的方式和途径"),
    NOT_RESPONSIBLE(Outcome.UNAVAILABLE_NOT_HELD, "第三十六条第（五）项", "第三十六条第（四）项", "不属于本机关负责公开");

    private final Outcome outcome;
    private final String article;
    private final String baseArticle;
    private final String label;

    ReplyVariant(Outcome outcome, String article, String baseArticle, String label) {
        this.outcome = outcome;
        this.article = article;
        this.baseArticle = baseArticle;
        this.label = label;
    }

    /** Return the outcome whose 表三 row this letter counts in. */
    public Outcome outcome() {
        return outcome;
    }

    /** Return the provision this letter cites. */
    public String article() {
        return article;
    }

    /** Return the Chinese words that tell this letter from the outcome's plain one. */
    public String label() {
        return label;
    }

    /** Return the variants of {@code outcome}'s reply, none for most outcomes. */
    public static List<ReplyVariant> of(Outcome outcome) {
        return Arrays.stream(values()).filter(v -> v.outcome == outcome).toList();
    }

    /** Return the provision the plain letter of an outcome with variants cites, or empty for the other outcomes. */
    public static Optional<String> baseArticle(Outcome outcome) {
        return Arrays.stream(values()).filter(v -> v.outcome == outcome).findFirst().map(v -> v.baseArticle);
    }
}
