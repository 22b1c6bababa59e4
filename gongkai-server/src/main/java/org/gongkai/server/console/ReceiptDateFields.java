package org.gongkai.server.console;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.request.Channel;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.ReceiptDateRule;
import org.gongkai.request.ReceiptFacts;

/**
 * Which date field of {@link RegisterForm} fixes the receipt date of each channel, asked of the core's
 * {@link ReceiptDateRule} itself (an agency's settings decide the e-mail case), so the form follows the rule.
 */
final class ReceiptDateFields {

    /** The date fields, as named in the form. */
    static final List<String> FIELDS = List.of("submittedOn", "signedForOn", "confirmedOn");

    /** The channels a registrar enters; online applications are registered by the portal. */
    static final List<Channel> CHANNELS = Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE).toList();

    private ReceiptDateFields() {
    }

    /** Return the field whose date is the receipt date of an application that came by {@code channel}. */
    static String needed(Channel channel, ClockSettings settings) {
        return FIELDS.stream()
                .filter(field -> ReceiptDateRule.decide(channel, only(field), settings).receivedOn().isPresent())
                .findFirst().orElseThrow(() -> new IllegalStateException("No date settles " + channel));
    }

    /** Return, per date field, the labels of the channels that need it (for the form's hints). */
    static Map<String, String> uses(ClockSettings settings) {
        Map<String, String> uses = new LinkedHashMap<>();
        FIELDS.forEach(field -> uses.put(field, ""));
        for (Channel channel : CHANNELS) {
            uses.merge(needed(channel, settings), channel.label(), (a, b) -> a.isEmpty() ? b : a + "、" + b);
        }
        return uses;
    }

    private static ReceiptFacts only(String field) {
        Optional<LocalDate> day = Optional.of(LocalDate.EPOCH);
        return new ReceiptFacts(field.equals("submittedOn") ? day : Optional.empty(),
                field.equals("signedForOn") ? day : Optional.empty(),
                field.equals("confirmedOn") ? day : Optional.empty());
    }
}
