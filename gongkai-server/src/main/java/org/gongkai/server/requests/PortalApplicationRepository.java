package org.gongkai.server.requests;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an application brings besides its request (table {@code portal_application}): the access code its applicant
 * follows it with, and the 第二十九条 choices of identity document, form and delivery. Code and e-mail come encrypted.
 */
public final class PortalApplicationRepository {

    private final JdbcClient jdbc;

    public PortalApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String requestId, String encryptedCode, String idType, String encryptedEmail, String infoForm,
            String delivery) {
        jdbc.sql("insert into portal_application (request_id, access_code, id_type, email, info_form, delivery)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(requestId, encryptedCode, idType, encryptedEmail, infoForm, delivery)
                .update();
    }

    /** Return the request's encrypted access code, or empty if it came without one. */
    Optional<String> encryptedCode(String requestId) {
        return jdbc.sql("select access_code from portal_application where request_id = ?").param(requestId)
                .query(String.class).optional();
    }

    /** Return the request's identity document type, form and delivery by column name; empty if it has none. */
    public Map<String, Object> choices(String requestId) {
        return jdbc.sql("select id_type, info_form, delivery from portal_application where request_id = ?")
                .param(requestId).query().listOfRows().stream().findFirst().orElse(Map.of());
    }
}
