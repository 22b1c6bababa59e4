package org.gongkai.server.console;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportSection;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.report.render.ReportJson;
import org.gongkai.report.rules.ReportRules;
import org.gongkai.server.Services;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.RefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An agency's annual report from the console: compile a year from the stored records with the prose staff
 * wrote, save that prose, and publish (which freezes the report and locks the year's facts).
 */
@Component
public class ReportWorkflow {

    private final Services services;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReportWorkflow(Services services, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.services = services;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** Return the report of {@code agency} for {@code year} as the records stand, with its findings. */
    public AnnualReport compile(String agency, int year) {
        return compile(ReportCompiler.of(services.export.export()), agency, year);
    }

    AnnualReport compile(ReportCompiler compiler, String agency, int year) {
        if (year < ReportCompiler.FIRST_YEAR) {
            throw new RefusedException("只能编制 " + ReportCompiler.FIRST_YEAR + " 年度及以后的报告。");
        }
        AnnualReport report = compiler.compile(agency, year);
        for (Map.Entry<ReportSection, String> prose : prose(agency, year).entrySet()) {
            report = report.withProse(prose.getKey(), prose.getValue());
        }
        return report.withFindings(ReportRules.check(report));
    }

    /** Return the prose staff saved for the year's draft. */
    Map<ReportSection, String> prose(String agency, int year) {
        Map<ReportSection, String> prose = new java.util.EnumMap<>(ReportSection.class);
        jdbc.sql("select section, text from annual_report_prose where agency = ? and calendar_year = ?")
                .params(agency, year)
                .query((rs, n) -> prose.put(ReportSection.valueOf(rs.getString(1)), rs.getString(2))).list();
        return prose;
    }

    void saveProse(Actor actor, int year, Map<ReportSection, String> texts) {
        tx.executeWithoutResult(status -> {
            String agency = actor.agency();
            refuseIfPublished(agency, year);
            ensureRecord(agency, year);
            for (Map.Entry<ReportSection, String> t : texts.entrySet()) {
                jdbc.sql("delete from annual_report_prose where agency = ? and calendar_year = ? and section = ?")
                        .params(agency, year, t.getKey().name()).update();
                if (t.getValue() != null && !t.getValue().isBlank()) {
                    jdbc.sql("insert into annual_report_prose (agency, calendar_year, section, text) values (?, ?, ?, ?)")
                            .params(agency, year, t.getKey().name(), t.getValue().trim()).update();
                }
            }
            services.audit.append(actor.username(), "REPORT_PROSE_SAVED", agency + "/" + year, texts.keySet().toString());
        });
    }

    /** Publish the year's report; refused while a rule finds an error. */
    void publish(Actor actor, int year) {
        String agency = actor.agency();
        AnnualReport report = compile(agency, year);
        List<Finding> errors = report.findings().stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new RefusedException("报告还有 " + errors.size() + " 处错误，改正后才能发布。");
        }
        tx.executeWithoutResult(status -> {
            refuseIfPublished(agency, year);
            ensureRecord(agency, year);
            jdbc.sql("update annual_report set published = true, version = version + 1"
                    + " where agency = ? and calendar_year = ?").params(agency, year).update();
            int revision = jdbc.sql("select coalesce(max(revision), 0) + 1 from annual_report_version"
                    + " where agency = ? and calendar_year = ?").params(agency, year).query(Integer.class).single();
            jdbc.sql("insert into annual_report_version (agency, calendar_year, revision, content, published_at,"
                            + " published_by) values (?, ?, ?, ?, ?, ?)")
                    .params(agency, year, revision, ReportJson.write(report), OffsetDateTime.now(clock),
                            actor.username())
                    .update();
            services.audit.append(actor.username(), "REPORT_PUBLISHED", agency + "/" + year, "第 " + revision + " 版");
        });
    }

    /** Return the years for which {@code agency} has published a report, newest first. */
    public List<Integer> publishedYears(String agency) {
        return jdbc.sql("select calendar_year from annual_report where agency = ? and published"
                + " order by calendar_year desc").param(agency).query(Integer.class).list();
    }

    private void refuseIfPublished(String agency, int year) {
        if (services.yearLock.isPublished(agency, year)) {
            throw new RefusedException(year + " 年度报告已经发布，不能再修改。");
        }
    }

    private void ensureRecord(String agency, int year) {
        jdbc.sql("insert into annual_report (agency, calendar_year, published, version) select ?, ?, false, 1"
                        + " where not exists (select 1 from annual_report where agency = ? and calendar_year = ?)")
                .params(agency, year, agency, year).update();
    }
}
