package org.gongkai.server.reports;

import java.util.List;
import org.gongkai.report.DecisionCounts;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.security.Actor;
import org.gongkai.server.yearlock.YearLock;
import org.springframework.transaction.support.TransactionTemplate;

/** Record an agency's decision counts and fees for a year. */
public final class DecisionCountsService {

    private final DecisionCountsRepository counts;
    private final YearLock yearLock;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public DecisionCountsService(DecisionCountsRepository counts, YearLock yearLock, AuditLog audit,
            TransactionTemplate tx) {
        this.counts = counts;
        this.yearLock = yearLock;
        this.audit = audit;
        this.tx = tx;
    }

    public void record(Actor actor, DecisionCounts c, String amendmentReason) {
        actor.requireAgency(c.agency());
        tx.executeWithoutResult(status -> {
            yearLock.change(actor, c.agency(), List.of(c.year()), "修改 " + c.year() + " 年处理决定数量和收费金额",
                    amendmentReason);
            counts.save(c);
            audit.append(actor.username(), "DECISION_COUNTS_RECORDED", c.agency() + "/" + c.year(),
                    "许可 " + c.licensing() + "，处罚 " + c.penalty() + "，强制 " + c.coercion() + "，收费 "
                            + c.feesWanYuan().toPlainString() + " 万元");
        });
    }
}
