package org.gongkai.server.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.Outcome;
import org.gongkai.request.RequestEvent;
import org.gongkai.request.RequestState;
import org.gongkai.server.store.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Requests: one row with the projection, plus the append-only event rows that are the request's truth. */
public final class RequestRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    public RequestRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Insert a new request with all its events at version 1. */
    public void insert(StoredRequest s, String clientKey, String actor) {
        DisclosureRequest r = s.request();
        Projection p = s.projection();
        StoredRequest.EncryptedApplicant a = s.encryptedApplicant();
        jdbc.sql("insert into disclosure_request (id, agency, applicant_type, channel, client_key, subject,"
                        + " applicant_name, applicant_id_number, applicant_phone, applicant_address, received_on, state,"
                        + " due_on, due_provisional, finished_on, outcome, version, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")
                .params(r.id(), r.agency(), r.applicantType().name(), r.channel().name(), clientKey, s.subject(),
                        a.name(), a.idNumber(), a.phone(), a.address(), r.receivedOn(), p.state().name(), p.dueOn(),
                        p.provisional(), p.finishedOn().orElse(null), p.outcome().map(Enum::name).orElse(null),
                        OffsetDateTime.now(clock))
                .update();
        for (int i = 0; i < r.events().size(); i++) {
            EventRows.insert(jdbc, r.id(), i, r.events().get(i), actor, clock);
        }
    }

    /**
     * Append {@code event} as the request's event number {@code seq} and store the new projection, if the
     * version is still {@code expectedVersion}; return whether it was (false: someone else changed it).
     */
    public boolean append(String id, long expectedVersion, int seq, RequestEvent event, Projection p, String actor) {
        if (!updateProjection(id, expectedVersion, p)) {
            return false;
        }
        EventRows.insert(jdbc, id, seq, event, actor, clock);
        return true;
    }

    /** Store a recomputed projection if the version is still {@code expectedVersion}. */
    public boolean updateProjection(String id, long expectedVersion, Projection p) {
        return jdbc.sql("update disclosure_request set state = ?, due_on = ?, due_provisional = ?, finished_on = ?,"
                        + " outcome = ?, version = version + 1 where id = ? and version = ?")
                .params(p.state().name(), p.dueOn(), p.provisional(), p.finishedOn().orElse(null),
                        p.outcome().map(Enum::name).orElse(null), id, expectedVersion)
                .update() == 1;
    }

    public Optional<StoredRequest> find(String id) {
        return jdbc.sql("select * from disclosure_request where id = ?").param(id).query(this::row).optional();
    }

    /**
     * Return the request and lock its row until the transaction ends, so its version and its events are
     * read as one consistent state (a concurrent step waits, then sees the newer version).
     */
    public Optional<StoredRequest> findForUpdate(String id) {
        return jdbc.sql("select * from disclosure_request where id = ? for update").param(id).query(this::row)
                .optional();
    }

    public Optional<StoredRequest> findByClientKey(String clientKey) {
        return jdbc.sql("select * from disclosure_request where client_key = ?").param(clientKey).query(this::row)
                .optional();
    }

    /** Return the ids of requests not yet closed or withdrawn. */
    public List<String> openIds() {
        return jdbc.sql("select id from disclosure_request where finished_on is null order by id").query(String.class)
                .list();
    }

    /** Return the ids of {@code agency}'s requests not yet finished. */
    public List<String> openIds(String agency) {
        return jdbc.sql("select id from disclosure_request where agency = ? and finished_on is null order by id")
                .param(agency).query(String.class).list();
    }

    /**
     * Return an agency's requests for a list, newest first, at most {@code limit}; {@code maskName} turns the
     * stored (encrypted) applicant name into what the list may show.
     */
    /** Return the ids of {@code agency}'s requests on which {@code username} recorded an event. */
    public Set<String> handledBy(String agency, String username) {
        return Set.copyOf(jdbc.sql("select distinct e.request_id from request_event e join disclosure_request d"
                        + " on d.id = e.request_id where d.agency = ? and e.recorded_by = ?").params(agency, username)
                .query(String.class).list());
    }

    public List<RequestSummary> byAgency(String agency, LocalDate today, int limit, UnaryOperator<String> maskName) {
        return jdbc.sql("select * from disclosure_request where agency = ? order by received_on desc, id desc limit ?")
                .params(agency, limit)
                .query((rs, n) -> {
                    Projection p = projection(rs);
                    return new RequestSummary(rs.getString("id"), rs.getString("agency"),
                            ApplicantType.valueOf(rs.getString("applicant_type")),
                            Channel.valueOf(rs.getString("channel")), maskName.apply(rs.getString("applicant_name")),
                            rs.getString("subject"), Rows.date(rs, "received_on"), p.stateOn(today), p.dueOn(),
                            p.provisional());
                })
                .list();
    }

    /**
     * Return the requests that matter to {@code agency}'s report for {@code year}: received on or before its
     * last day and not finished before its first.
     */
    public List<DisclosureRequest> forReport(String agency, int year) {
        String filter = "agency = ? and received_on <= ? and (finished_on is null or finished_on >= ?)";
        Object[] params = {agency, LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1)};
        return histories(filter, params);
    }

    /** Return every request of {@code agency}, ordered by id. */
    public List<DisclosureRequest> ofAgency(String agency) {
        return histories("agency = ?", agency);
    }

    /** Return every request's history, ordered by id. */
    public List<DisclosureRequest> allHistories() {
        return histories("1 = 1");
    }

    private List<DisclosureRequest> histories(String filter, Object... params) {
        Map<String, List<RequestEvent>> events = new HashMap<>();
        jdbc.sql("select e.* from request_event e join disclosure_request r on r.id = e.request_id where " + filter
                        + " order by e.request_id, e.seq")
                .params(params)
                .query(rs -> {
                    events.computeIfAbsent(rs.getString("request_id"), k -> new ArrayList<>()).add(EventRows.read(rs));
                });
        return jdbc.sql("select * from disclosure_request r where " + filter + " order by id").params(params)
                .query((rs, n) -> history(rs, events.get(rs.getString("id"))))
                .list();
    }

    private StoredRequest row(ResultSet rs, int rowNum) throws SQLException {
        String id = rs.getString("id");
        List<RequestEvent> events = jdbc.sql("select * from request_event where request_id = ? order by seq").param(id)
                .query((e, n) -> EventRows.read(e)).list();
        return new StoredRequest(history(rs, events), rs.getLong("version"), projection(rs), rs.getString("subject"),
                new StoredRequest.EncryptedApplicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                        rs.getString("applicant_phone"), rs.getString("applicant_address")));
    }

    private static DisclosureRequest history(ResultSet rs, List<RequestEvent> events) throws SQLException {
        return new DisclosureRequest(rs.getString("id"), rs.getString("agency"),
                ApplicantType.valueOf(rs.getString("applicant_type")), Channel.valueOf(rs.getString("channel")), events);
    }

    private static Projection projection(ResultSet rs) throws SQLException {
        return new Projection(RequestState.valueOf(rs.getString("state")), Rows.date(rs, "due_on"),
                rs.getBoolean("due_provisional"), Rows.optionalDate(rs, "finished_on"),
                Rows.optionalString(rs, "outcome").map(Outcome::valueOf));
    }
}
