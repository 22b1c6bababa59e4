package org.gongkai.server.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gongkai.calendar.CalendarRevision;
import org.gongkai.calendar.WorkCalendar;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.DueDateRecomputation;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.RefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The working-day calendar in force: the bundled official calendar plus the revisions stored in the
 * database, applied in the order they were recorded. A new revision recomputes every open request's due
 * date in the same transaction, and audits each date that moves.
 */
public final class CalendarService {

    /** One stored revision. */
    public record StoredRevision(long id, String name, LocalDate effectiveFrom, String csv) {
    }

    private final JdbcClient jdbc;
    private final RequestRepository requests;
    private final Deadlines deadlines;
    private final DueDateRecomputation recomputation;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    public CalendarService(JdbcClient jdbc, RequestRepository requests, Deadlines deadlines,
            DueDateRecomputation recomputation, AuditLog audit, Clock clock, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.deadlines = deadlines;
        this.recomputation = recomputation;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /** Return the bundled calendar with every stored revision applied, as it stands now. */
    public WorkCalendar calendar() {
        return load(jdbc);
    }

    /** Return the bundled calendar with every stored revision applied. */
    public static WorkCalendar load(JdbcClient jdbc) {
        WorkCalendar calendar = WorkCalendar.bundled();
        for (StoredRevision r : revisions(jdbc)) {
            calendar = calendar.withRevision(CalendarRevision.parseCsv(r.name(), r.effectiveFrom(), r.csv()));
        }
        return calendar;
    }

    public static List<StoredRevision> revisions(JdbcClient jdbc) {
        return jdbc.sql("select id, name, effective_from, csv from calendar_revision order by id")
                .query((rs, n) -> new StoredRevision(rs.getLong(1), rs.getString(2),
                        rs.getDate(3).toLocalDate(), rs.getString(4)))
                .list();
    }

    /**
     * Record a revision (a new year's holiday notice or a mid-year change) and recompute the due dates of
     * all open requests; return how many due dates moved.
     */
    public int addRevision(Actor actor, String name, LocalDate effectiveFrom, String csv) {
        actor.require(Role.ADMIN);
        try {
            CalendarRevision.parseCsv(name, effectiveFrom, csv);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage());
        }
        WorkCalendar[] next = new WorkCalendar[1];
        int moved = tx.execute(status -> {
            jdbc.sql("insert into calendar_revision (name, effective_from, csv, recorded_by, recorded_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(name, effectiveFrom, csv, actor.username(), OffsetDateTime.now(clock))
                    .update();
            audit.append(actor.username(), "CALENDAR_REVISED", "calendar", name + "，自 " + effectiveFrom + " 起生效");
            next[0] = load(jdbc);
            return recomputation.recompute(actor, deadlines.with(next[0]), requests.openIds(), "日历修订");
        });
        deadlines.use(next[0]);
        return moved;
    }
}
