package org.gongkai.letter;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the person issuing a letter passes in, because the request's history does not hold it. Personal
 * data: passed in for the one letter, never logged.
 *
 * @param recipientName the applicant's name, or the name of the third party or agency consulted
 * @param requestedInformation the information asked for, as the application describes it
 * @param details the clerk's own words for this letter; may be empty
 * @param particulars what the step's form states for the letter ({@link LetterVariable#particularsOf}); blank
 *     values count as not given
 * @param variant for a reply, which of the provisions sharing its outcome's row it answers, if more than one
 */
public record Correspondence(String recipientName, String requestedInformation, String details,
        Map<LetterVariable, String> particulars, Optional<ReplyVariant> variant) {

    public Correspondence {
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(requestedInformation, "requestedInformation");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(variant, "variant");
        Map<LetterVariable, String> given = new EnumMap<>(LetterVariable.class);
        particulars.forEach((variable, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(variable, value.strip());
            }
        });
        particulars = java.util.Collections.unmodifiableMap(given);
    }

    public Correspondence(String recipientName, String requestedInformation, String details) {
        this(recipientName, requestedInformation, details, Map.of(), Optional.empty());
    }

    @Override
    public String toString() {
        return "Correspondence[personal data withheld]";
    }
}
