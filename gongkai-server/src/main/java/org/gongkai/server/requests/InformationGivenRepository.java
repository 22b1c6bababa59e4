package org.gongkai.server.requests;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.server.store.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What replies gave (第四十四条), one row per piece of information named on closing a request. */
public final class InformationGivenRepository {

    /** One piece of information given, with its request's applicant as stored (encrypted). */
    public record Given(String requestId, ReplyInformation information, LocalDate givenOn,
            String encryptedApplicantName, String encryptedApplicantIdNumber) {
    }

    private final JdbcClient jdbc;

    public InformationGivenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String requestId, ReplyInformation information, LocalDate givenOn, String recordedBy) {
        jdbc.sql("insert into information_given (request_id, document_number, title, given_on, recorded_by)"
                        + " values (?, ?, ?, ?, ?)")
                .params(requestId, information.documentNumber().orElse(null), information.title().orElse(null), givenOn,
                        recordedBy)
                .update();
    }

    /** Return what the agency's replies gave, oldest first. */
    public List<Given> byAgency(String agency) {
        return jdbc.sql("select g.request_id, g.document_number, g.title, g.given_on, d.applicant_name,"
                        + " d.applicant_id_number from information_given g join disclosure_request d on d.id = g.request_id"
                        + " where d.agency = ? order by g.given_on, g.id")
                .param(agency)
                .query((rs, n) -> new Given(rs.getString("request_id"),
                        new ReplyInformation(Rows.optionalString(rs, "document_number"), Rows.optionalString(rs, "title")),
                        Rows.date(rs, "given_on"), rs.getString("applicant_name"), rs.getString("applicant_id_number")))
                .list();
    }

    /** Return what the reply to one request gave, in the order the clerk named it. */
    public List<ReplyInformation> byRequest(String requestId) {
        return jdbc.sql("select document_number, title from information_given where request_id = ? order by id")
                .param(requestId)
                .query((rs, n) -> new ReplyInformation(Rows.optionalString(rs, "document_number"),
                        Rows.optionalString(rs, "title")))
                .list();
    }
}
