package org.gongkai.server.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.security.Actor;

/**
 * Recomputes the stored projection of open requests with a revised clock (a calendar revision, a changed
 * setting), in the caller's transaction, and audits each due date that moves.
 */
public final class DueDateRecomputation {

    private final RequestRepository requests;
    private final AuditLog audit;
    private final Clock clock;

    public DueDateRecomputation(RequestRepository requests, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Project each of {@code ids} with {@code revised}; return how many due dates moved. {@code cause} starts
     * the audit detail, e.g. "日历修订".
     */
    public int recompute(Actor actor, Deadlines revised, List<String> ids, String cause) {
        LocalDate today = LocalDate.now(clock);
        int moved = 0;
        for (String id : ids) {
            StoredRequest s;
            Projection p;
            do {
                // A clerk's step may commit in between (computed with the old clock): read again.
                s = requests.find(id).orElseThrow();
                p = revised.project(s.request(), today);
            } while (!p.equals(s.projection()) && !requests.updateProjection(id, s.version(), p));
            if (p.equals(s.projection())) {
                continue;
            }
            if (!p.dueOn().equals(s.projection().dueOn())) {
                moved++;
                audit.append(actor.username(), "DUE_DATE_RECOMPUTED", id,
                        cause + "后答复期限由 " + s.projection().dueOn() + " 改为 " + p.dueOn());
            }
        }
        return moved;
    }
}
