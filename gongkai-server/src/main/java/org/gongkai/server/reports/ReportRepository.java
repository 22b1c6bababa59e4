package org.gongkai.server.reports;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.report.ReportSection;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Annual report records: the draft's prose, published versions, and amendments of published years. */
public final class ReportRepository {

    /** A recorded change to a published year's facts. */
    public record Amendment(OffsetDateTime recordedAt, String recordedBy, String description, String reason) {
    }

    /** The report's row: whether it is published, and the version an edit must name (0 before the first edit). */
    public record ReportState(boolean published, long version) {
    }

    private final JdbcClient jdbc;

    public ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ReportState state(String agency, int year) {
        return jdbc.sql("select published, version from annual_report where agency = ? and calendar_year = ?")
                .params(agency, year).query((rs, n) -> new ReportState(rs.getBoolean(1), rs.getLong(2))).optional()
                .orElse(new ReportState(false, 0));
    }

    /** Move the report to version {@code expectedVersion + 1}; return false if someone else changed it first. */
    public boolean bump(String agency, int year, long expectedVersion, boolean published) {
        if (expectedVersion == 0) {
            return jdbc.sql("insert into annual_report (agency, calendar_year, published, version) values (?, ?, ?, 1)"
                            + " on conflict do nothing")
                    .params(agency, year, published).update() == 1;
        }
        return jdbc.sql("update annual_report set published = ?, version = version + 1"
                        + " where agency = ? and calendar_year = ? and version = ?")
                .params(published, agency, year, expectedVersion).update() == 1;
    }

    public Map<ReportSection, String> prose(String agency, int year) {
        Map<ReportSection, String> prose = new EnumMap<>(ReportSection.class);
        jdbc.sql("select section, text from annual_report_prose where agency = ? and calendar_year = ?")
                .params(agency, year)
                .query(rs -> {
                    prose.put(ReportSection.valueOf(rs.getString(1)), rs.getString(2));
                });
        return prose;
    }

    public void saveProse(String agency, int year, ReportSection section, String text) {
        int updated = jdbc.sql("update annual_report_prose set text = ? where agency = ? and calendar_year = ? and section = ?")
                .params(text, agency, year, section.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into annual_report_prose (agency, calendar_year, section, text) values (?, ?, ?, ?)")
                    .params(agency, year, section.name(), text).update();
        }
    }

    public List<Amendment> amendments(String agency, int year) {
        return jdbc.sql("select recorded_at, recorded_by, description, reason from report_amendment"
                        + " where agency = ? and calendar_year = ? order by id")
                .params(agency, year)
                .query((rs, n) -> new Amendment(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Store a published version as the next revision; return its number. */
    public int addVersion(String agency, int year, String content, String publishedBy, OffsetDateTime at) {
        int revision = 1 + jdbc.sql("select coalesce(max(revision), 0) from annual_report_version"
                        + " where agency = ? and calendar_year = ?")
                .params(agency, year).query(Integer.class).single();
        jdbc.sql("insert into annual_report_version (agency, calendar_year, revision, content, published_at, published_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(agency, year, revision, content, at, publishedBy).update();
        return revision;
    }

    /** Return the years of which an agency has published a report, newest first. */
    public List<Integer> publishedYears(String agency) {
        return jdbc.sql("select distinct calendar_year from annual_report_version where agency = ?"
                + " order by calendar_year desc").param(agency).query(Integer.class).list();
    }

    /** Return the content of the newest published version of an agency's report for a year. */
    public Optional<String> latestPublished(String agency, int year) {
        return jdbc.sql("select content from annual_report_version where agency = ? and calendar_year = ?"
                        + " order by revision desc limit 1")
                .params(agency, year).query(String.class).optional();
    }
}
