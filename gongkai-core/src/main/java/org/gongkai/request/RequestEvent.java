package org.gongkai.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step in a request's history (interchange.md "Request events"); {@link #on()} is the day it happened.
 */
public sealed interface RequestEvent {

    LocalDate on();

    /** Return the event's name in the gongkai/1 format, e.g. {@code CLARIFICATION_REQUESTED}. */
    String type();

    record Received(LocalDate on) implements RequestEvent {
        public Received {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String type() {
            return "RECEIVED";
        }
    }

    /** A 补正告知 was sent; {@code respondBy} is the deadline given to the applicant, if stated. */
    record ClarificationRequested(LocalDate on, Optional<LocalDate> respondBy) implements RequestEvent {
        public ClarificationRequested {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(respondBy, "respondBy");
        }

        @Override
        public String type() {
            return "CLARIFICATION_REQUESTED";
        }
    }

    record ClarificationReceived(LocalDate on) implements RequestEvent {
        public ClarificationReceived {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String type() {
            return "CLARIFICATION_RECEIVED";
        }
    }

    record ConsultationStarted(LocalDate on, ConsultationParty party) implements RequestEvent {
        public ConsultationStarted {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(party, "party");
        }

        @Override
        public String type() {
            return "CONSULTATION_STARTED";
        }
    }

    record ConsultationEnded(LocalDate on) implements RequestEvent {
        public ConsultationEnded {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String type() {
            return "CONSULTATION_ENDED";
        }
    }

    /** An extension approved and notified; {@code workingDays} is 1 to {@link #MAX_WORKING_DAYS}. */
    record Extended(LocalDate on, int workingDays) implements RequestEvent {

        /** The longest extension the format allows (条例第三十三条第二款). */
        public static final int MAX_WORKING_DAYS = 20;

        public Extended {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String type() {
            return "EXTENDED";
        }
    }

    /**
     * A 收费通知 was sent; {@code receivedOn} is the day the applicant received it, when recorded (post): the days
     * to pay run from the day after it, else from the day after {@code on} (interchange.md amendment 1).
     */
    record FeeNotified(LocalDate on, BigDecimal amountYuan, Optional<LocalDate> receivedOn) implements RequestEvent {
        public FeeNotified {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(amountYuan, "amountYuan");
            Objects.requireNonNull(receivedOn, "receivedOn");
        }

        /** A fee notice without a recorded day of receipt. */
        public FeeNotified(LocalDate on, BigDecimal amountYuan) {
            this(on, amountYuan, Optional.empty());
        }

        /** Return the day the days to pay are counted from: the day of receipt if recorded, else the notice's day. */
        public LocalDate payPeriodFrom() {
            return receivedOn.orElse(on);
        }

        @Override
        public String type() {
            return "FEE_NOTIFIED";
        }
    }

    record FeePaid(LocalDate on) implements RequestEvent {
        public FeePaid {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String type() {
            return "FEE_PAID";
        }
    }

    record Closed(LocalDate on, Outcome outcome) implements RequestEvent {
        public Closed {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public String type() {
            return "CLOSED";
        }
    }

    /** The applicant withdrew; counted as outcome {@link Outcome#OTHER}. */
    record Withdrawn(LocalDate on) implements RequestEvent {
        public Withdrawn {
            Objects.requireNonNull(on, "on");
        }

        @Override
        public String type() {
            return "WITHDRAWN";
        }
    }
}
