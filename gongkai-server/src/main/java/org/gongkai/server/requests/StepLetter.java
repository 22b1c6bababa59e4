package org.gongkai.server.requests;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.letter.LetterVariable;
import org.gongkai.letter.ReplyVariant;

/**
 * What the step's form states for the letter the step writes ({@link LetterVariable#particularsOf}), and for a
 * reply whose outcome's row two provisions share, which of them it answers. May hold personal data: never log it.
 */
public record StepLetter(Map<LetterVariable, String> particulars, Optional<ReplyVariant> variant) {

    /** Nothing stated: fine for the steps whose letter the law asks no particulars of. */
    public static final StepLetter NONE = new StepLetter(Map.of(), Optional.empty());

    public StepLetter {
        particulars = Map.copyOf(particulars);
        Objects.requireNonNull(variant, "variant");
    }

    /** Return these particulars with {@code variable} stated as {@code value}. */
    public StepLetter with(LetterVariable variable, String value) {
        Map<LetterVariable, String> more = new EnumMap<>(LetterVariable.class);
        more.putAll(particulars);
        more.put(variable, value);
        return new StepLetter(more, variant);
    }

    /** Return these particulars for the reply {@code variant}. */
    public StepLetter answering(ReplyVariant replyVariant) {
        return new StepLetter(particulars, Optional.of(replyVariant));
    }

    @Override
    public String toString() {
        return "StepLetter[particulars withheld]";
    }
}
