package org.gongkai.letter;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts one letter is written from: what every letter carries (agency, tracking number, date) and the
 * values of the template variables. Holds personal data (the recipient's name): never log it.
 */
public final class LetterFacts {

    private final Map<LetterVariable, String> values;
    private final LocalDate issuedOn;

    private LetterFacts(Map<LetterVariable, String> values, LocalDate issuedOn) {
        this.values = values;
        this.issuedOn = issuedOn;
    }

    /** Start the facts of a letter from what every letter carries. */
    public static Builder builder(String agencyName, String trackingNumber, LocalDate issuedOn) {
        return new Builder(issuedOn)
                .text(LetterVariable.AGENCY_NAME, agencyName)
                .text(LetterVariable.TRACKING_NUMBER, trackingNumber)
                .date(LetterVariable.ISSUED_ON, issuedOn);
    }

    /** Return the value of {@code variable}, as the letter prints it, or empty when not given. */
    public Optional<String> value(LetterVariable variable) {
        return Optional.ofNullable(values.get(variable));
    }

    /** Return the letter's date (成文日期). */
    public LocalDate issuedOn() {
        return issuedOn;
    }

    /** Collect the facts; a later value for the same variable replaces the earlier. */
    public static final class Builder {
        private final Map<LetterVariable, String> values = new EnumMap<>(LetterVariable.class);
        private final LocalDate issuedOn;

        private Builder(LocalDate issuedOn) {
            this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        }

        public Builder text(LetterVariable variable, String value) {
            values.put(variable, Objects.requireNonNull(value, variable.templateName()));
            return this;
        }

        public Builder date(LetterVariable variable, LocalDate day) {
            return text(variable, ChineseDates.format(Objects.requireNonNull(day, variable.templateName())));
        }

        public LetterFacts build() {
            return new LetterFacts(new EnumMap<>(values), issuedOn);
        }
    }
}
