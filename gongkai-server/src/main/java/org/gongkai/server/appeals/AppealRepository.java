package org.gongkai.server.appeals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.appeal.AppealResult;
import org.gongkai.server.store.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reviews and lawsuits arising from disclosure work (表四). */
public final class AppealRepository {

    private final JdbcClient jdbc;

    public AppealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Appeal a) {
        jdbc.sql("insert into appeal (id, agency, request_id, kind, filed_on, result, decided_on, case_number, body,"
                        + " review_organ_co_defendant, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                .params(a.id(), a.agency(), a.request().orElse(null), a.kind().name(), a.filedOn(),
                        a.result().map(Enum::name).orElse(null), a.decidedOn().orElse(null), a.caseNumber().orElse(null),
                        a.body().orElse(null), a.reviewOrganCoDefendant())
                .update();
    }

    /** Replace the register details if the version is still {@code expectedVersion}; return whether it was. */
    public boolean updateDetails(Appeal a, long expectedVersion) {
        return jdbc.sql("update appeal set request_id = ?, kind = ?, filed_on = ?, case_number = ?, body = ?,"
                        + " review_organ_co_defendant = ?, version = version + 1 where id = ? and version = ?")
                .params(a.request().orElse(null), a.kind().name(), a.filedOn(), a.caseNumber().orElse(null),
                        a.body().orElse(null), a.reviewOrganCoDefendant(), a.id(), expectedVersion)
                .update() == 1;
    }

    /** Record the result if the version is still {@code expectedVersion}; return whether it was. */
    public boolean update(Appeal a, long expectedVersion) {
        return jdbc.sql("update appeal set result = ?, decided_on = ?, version = version + 1 where id = ? and version = ?")
                .params(a.result().map(Enum::name).orElse(null), a.decidedOn().orElse(null), a.id(), expectedVersion)
                .update() == 1;
    }

    public Optional<Appeal> find(String id) {
        return jdbc.sql("select * from appeal where id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    public long version(String id) {
        return jdbc.sql("select version from appeal where id = ?").param(id).query(Long.class).single();
    }

    public List<Appeal> byAgency(String agency) {
        return jdbc.sql("select * from appeal where agency = ? order by id").param(agency).query((rs, n) -> row(rs)).list();
    }

    /** The agency's appeals filed in {@code year}, in the order they were filed. */
    public List<Appeal> filedIn(String agency, int year) {
        return jdbc.sql("select * from appeal where agency = ? and filed_on between ? and ? order by filed_on, id")
                .params(agency, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query((rs, n) -> row(rs)).list();
    }

    /** The agency's appeals about the request with tracking number {@code request}, in the order they were filed. */
    public List<Appeal> about(String agency, String request) {
        return jdbc.sql("select * from appeal where agency = ? and request_id = ? order by filed_on, id")
                .params(agency, request).query((rs, n) -> row(rs)).list();
    }

    public List<Appeal> all() {
        return jdbc.sql("select * from appeal order by agency, id").query((rs, n) -> row(rs)).list();
    }

    private static Appeal row(ResultSet rs) throws SQLException {
        return new Appeal(rs.getString("id"), rs.getString("agency"), Rows.optionalString(rs, "request_id"),
                AppealKind.valueOf(rs.getString("kind")), Rows.date(rs, "filed_on"),
                Rows.optionalString(rs, "result").map(AppealResult::valueOf), Rows.optionalDate(rs, "decided_on"),
                Rows.optionalString(rs, "case_number"), Rows.optionalString(rs, "body"),
                rs.getBoolean("review_organ_co_defendant"));
    }
}
