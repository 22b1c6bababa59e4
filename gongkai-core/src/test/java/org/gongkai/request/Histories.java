package org.gongkai.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test fixture: a request history written as text, e.g.
 * {@code RECEIVED 2025-03-03; CONSULTATION_STARTED 2025-03-05 AGENCY; CLOSED 2025-04-01 DISCLOSED}; a 补正 notice may
 * carry its respondBy ({@code CLARIFICATION_REQUESTED 2025-03-05 2025-03-20}), a fee notice its amount and the day
 * the applicant received it ({@code FEE_NOTIFIED 2025-06-10 300 2025-06-13}).
 */
final class Histories {

    static final String AGENCY = "SH-HZB";

    private Histories() {}

    static DisclosureRequest request(String history) {
        return new DisclosureRequest("T-1", AGENCY, ApplicantType.NATURAL_PERSON, Channel.ONLINE, events(history));
    }

    static List<RequestEvent> events(String history) {
        List<RequestEvent> events = new ArrayList<>();
        for (String step : history.split(";")) {
            String[] f = step.strip().split("\\s+");
            LocalDate on = LocalDate.parse(f[1]);
            events.add(switch (f[0]) {
                case "RECEIVED" -> new RequestEvent.Received(on);
                case "CLARIFICATION_REQUESTED" -> new RequestEvent.ClarificationRequested(on, optionalDate(f, 2));
                case "CLARIFICATION_RECEIVED" -> new RequestEvent.ClarificationReceived(on);
                case "CONSULTATION_STARTED" -> new RequestEvent.ConsultationStarted(on,
                        f.length > 2 ? ConsultationParty.valueOf(f[2]) : ConsultationParty.THIRD_PARTY);
                case "CONSULTATION_ENDED" -> new RequestEvent.ConsultationEnded(on);
                case "EXTENDED" -> new RequestEvent.Extended(on, Integer.parseInt(f[2]));
                case "FEE_NOTIFIED" -> new RequestEvent.FeeNotified(on, new BigDecimal(f.length > 2 ? f[2] : "100"),
                        optionalDate(f, 3));
                case "FEE_PAID" -> new RequestEvent.FeePaid(on);
                case "CLOSED" -> new RequestEvent.Closed(on, f.length > 2 ? Outcome.valueOf(f[2]) : Outcome.DISCLOSED);
                case "WITHDRAWN" -> new RequestEvent.Withdrawn(on);
                default -> throw new IllegalArgumentException("unknown event " + f[0]);
            });
        }
        return events;
    }

    private static Optional<LocalDate> optionalDate(String[] fields, int i) {
        return fields.length > i ? Optional.of(LocalDate.parse(fields[i])) : Optional.empty();
    }
}
