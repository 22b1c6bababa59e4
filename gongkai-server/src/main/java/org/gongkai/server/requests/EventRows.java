package org.gongkai.server.requests;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestEvent;
import org.gongkai.server.store.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Maps request events to rows of {@code request_event} and back. */
final class EventRows {

    private EventRows() {
    }

    static void insert(JdbcClient jdbc, String requestId, int seq, RequestEvent e, String actor, Clock clock) {
        jdbc.sql("insert into request_event (request_id, seq, type, on_date, respond_by, party, working_days,"
                        + " amount_yuan, fee_received_on, outcome, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(requestId, seq, e.type(), e.on(),
                        e instanceof RequestEvent.ClarificationRequested c ? c.respondBy().orElse(null) : null,
                        e instanceof RequestEvent.ConsultationStarted c ? c.party().name() : null,
                        e instanceof RequestEvent.Extended x ? x.workingDays() : null,
                        e instanceof RequestEvent.FeeNotified f ? f.amountYuan().toPlainString() : null,
                        e instanceof RequestEvent.FeeNotified f ? f.receivedOn().orElse(null) : null,
                        e instanceof RequestEvent.Closed c ? c.outcome().name() : null,
                        actor, OffsetDateTime.now(clock))
                .update();
    }

    static RequestEvent read(ResultSet rs) throws SQLException {
        java.time.LocalDate on = Rows.date(rs, "on_date");
        String type = rs.getString("type");
        switch (type) {
            case "RECEIVED":
                return new RequestEvent.Received(on);
            case "CLARIFICATION_REQUESTED":
                return new RequestEvent.ClarificationRequested(on, Rows.optionalDate(rs, "respond_by"));
            case "CLARIFICATION_RECEIVED":
                return new RequestEvent.ClarificationReceived(on);
            case "CONSULTATION_STARTED":
                return new RequestEvent.ConsultationStarted(on, ConsultationParty.valueOf(rs.getString("party")));
            case "CONSULTATION_ENDED":
                return new RequestEvent.ConsultationEnded(on);
            case "EXTENDED":
                return new RequestEvent.Extended(on, rs.getInt("working_days"));
            case "FEE_NOTIFIED":
                return new RequestEvent.FeeNotified(on, new BigDecimal(rs.getString("amount_yuan")),
                        Rows.optionalDate(rs, "fee_received_on"));
            case "FEE_PAID":
                return new RequestEvent.FeePaid(on);
            case "CLOSED":
                return new RequestEvent.Closed(on, Outcome.valueOf(rs.getString("outcome")));
            case "WITHDRAWN":
                return new RequestEvent.Withdrawn(on);
            default:
                throw new IllegalStateException("Unknown stored event type " + type);
        }
    }
}
