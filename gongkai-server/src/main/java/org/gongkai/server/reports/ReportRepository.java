package org.gongkai.server.reports;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Annual report records: the draft's prose, published versions, and amendments of published years. */
public final class ReportRepository {

    private final JdbcClient jdbc;

    public ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Return the content of the newest published version of an agency's report for a year. */
    public Optional<String> latestPublished(String agency, int year) {
        return jdbc.sql("select content from annual_report_version where agency = ? and calendar_year = ?"
                        + " order by revision desc limit 1")
                .params(agency, year).query(String.class).optional();
    }
}
