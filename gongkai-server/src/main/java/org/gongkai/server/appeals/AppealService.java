package org.gongkai.server.appeals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.appeal.AppealResult;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.NotFoundException;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.Serials;
import org.springframework.transaction.support.TransactionTemplate;

/** Register reviews and lawsuits and record how they ended. */
public final class AppealService {

    private final AppealRepository appeals;
    private final Serials serials;
    private final YearLock yearLock;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public AppealService(AppealRepository appeals, Serials serials, YearLock yearLock, AuditLog audit,
            TransactionTemplate tx) {
        this.appeals = appeals;
        this.serials = serials;
        this.yearLock = yearLock;
        this.audit = audit;
        this.tx = tx;
    }

    /** Register a review or lawsuit filed on {@code filedOn}, optionally about one request. */
    public Appeal register(Actor actor, String agency, Optional<String> request, AppealKind kind, LocalDate filedOn,
            String amendmentReason) {
        actor.requireAgency(agency);
        return tx.execute(status -> {
            String id = String.format("A-%s-%d-%03d", agency, filedOn.getYear(),
                    serials.next("APPEAL", agency, filedOn.getYear()));
            Appeal appeal = new Appeal(id, agency, request, kind, filedOn, Optional.empty(), Optional.empty());
            yearLock.change(actor, agency, List.of(filedOn.getYear()), "登记" + kind.label() + " " + id, amendmentReason);
            appeals.insert(appeal);
            audit.append(actor.username(), "APPEAL_REGISTERED", id, kind.label() + "，" + filedOn);
            return appeal;
        });
    }

    /** Record the result of an appeal decided on {@code decidedOn}. */
    public Appeal decide(Actor actor, String id, long expectedVersion, AppealResult result, LocalDate decidedOn,
            String amendmentReason) {
        return tx.execute(status -> {
            Appeal old = appeals.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的复议或诉讼。"));
            actor.requireAgency(old.agency());
            if (decidedOn.isBefore(old.filedOn())) {
                throw new RefusedException("审结日期 " + decidedOn + " 早于立案日期 " + old.filedOn() + "。");
            }
            Appeal decided = new Appeal(id, old.agency(), old.request(), old.kind(), old.filedOn(), Optional.of(result),
                    Optional.of(decidedOn));
            List<Integer> years = new ArrayList<>(List.of(decidedOn.getYear(), old.filedOn().getYear()));
            old.decidedOn().ifPresent(d -> years.add(d.getYear()));
            yearLock.change(actor, old.agency(), years, "记录 " + id + " 的结果", amendmentReason);
            if (!appeals.update(decided, expectedVersion)) {
                throw new ConflictException("复议或诉讼 " + id + " ");
            }
            audit.append(actor.username(), "APPEAL_DECIDED", id, result.label() + "，" + decidedOn);
            return decided;
        });
    }
}
