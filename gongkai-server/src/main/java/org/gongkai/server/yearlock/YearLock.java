package org.gongkai.server.yearlock;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.TreeSet;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.RefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Guards the facts of published years. Once an agency's annual report for a year is published, a change
 * that would alter that year's figures needs an amendment: a reason, recorded, audited, and listed on the
 * report.
 */
public final class YearLock {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public YearLock(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isPublished(String agency, int year) {
        return jdbc.sql("select count(*) from annual_report where agency = ? and calendar_year = ? and published")
                .params(agency, year).query(Integer.class).single() > 0;
    }

    /**
     * Allow a change to the facts of {@code years}: refuse it when one of them is published and no
     * {@code amendmentReason} is given; record an amendment for each published year otherwise.
     */
    public void change(Actor actor, String agency, Collection<Integer> years, String description,
            String amendmentReason) {
        for (int year : new TreeSet<>(years)) {
            if (!isPublished(agency, year)) {
                continue;
            }
            if (amendmentReason == null || amendmentReason.isBlank()) {
                throw new RefusedException(year + " 年度报告已经发布，该年度的数据已锁定。如确需修改，请填写更正理由；"
                        + "更正将记入审计日志，并在年度报告中列出。");
            }
            jdbc.sql("insert into report_amendment (agency, calendar_year, description, reason, recorded_by, recorded_at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(agency, year, description, amendmentReason, actor.username(), OffsetDateTime.now(clock))
                    .update();
            audit.append(actor.username(), "REPORT_AMENDED", agency + "/" + year, description + "；理由：" + amendmentReason);
        }
    }
}
