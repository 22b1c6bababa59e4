package org.gongkai.server.agencies;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Agencies' profiles (table {@code agency_profile}); an agency without one has not filled in its guide yet. */
public final class AgencyProfileRepository {

    private static final String COLUMNS = "office, address, postcode, phone, email, office_hours, review_body, court";

    private final JdbcClient jdbc;

    public AgencyProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgencyProfile> find(String agency) {
        return find(agency, "");
    }

    /** Return the agency's profile, locking its row until the caller's transaction ends. */
    Optional<AgencyProfile> findForUpdate(String agency) {
        return find(agency, " for update");
    }

    private Optional<AgencyProfile> find(String agency, String lock) {
        return jdbc.sql("select " + COLUMNS + " from agency_profile where agency = ?" + lock).param(agency)
                .query((rs, n) -> new AgencyProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Optional.ofNullable(rs.getString(7)),
                        Optional.ofNullable(rs.getString(8))))
                .optional();
    }

    /** Set the agency's profile, replacing the one it had. */
    public void save(String agency, AgencyProfile p) {
        Object[] values = {p.office(), p.address(), p.postcode(), p.phone(), p.email(), p.officeHours(),
            p.reviewBody().orElse(null), p.court().orElse(null), agency};
        int updated = jdbc.sql("update agency_profile set office = ?, address = ?, postcode = ?, phone = ?, email = ?,"
                + " office_hours = ?, review_body = ?, court = ? where agency = ?").params(values).update();
        if (updated == 0) {
            jdbc.sql("insert into agency_profile (" + COLUMNS + ", agency) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(values).update();
        }
    }
}
