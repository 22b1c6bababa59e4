package org.gongkai.server.appeals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealResult;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.NotFoundException;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.Serials;
import org.gongkai.server.yearlock.YearLock;
import org.springframework.transaction.support.TransactionTemplate;

/** Register reviews and lawsuits (the 表四 register), correct them and record how they ended. */
public final class AppealService {

    /** Who keeps the register: the handler who dealt with the request, or the administrator. */
    public static final Set<Role> KEEPERS = Set.of(Role.HANDLER, Role.ADMIN);

    private final AppealRepository appeals;
    private final RequestRepository requests;
    private final Serials serials;
    private final YearLock yearLock;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    public AppealService(AppealRepository appeals, RequestRepository requests, Serials serials, YearLock yearLock,
            AuditLog audit, TransactionTemplate tx) {
        this.appeals = appeals;
        this.requests = requests;
        this.serials = serials;
        this.yearLock = yearLock;
        this.audit = audit;
        this.tx = tx;
    }

    /** Register a review or lawsuit of {@code agency}. */
    public Appeal register(Actor actor, String agency, AppealDetails details, String amendmentReason) {
        actor.requireAny(KEEPERS);
        actor.requireAgency(agency);
        details.check();
        return tx.execute(status -> {
            requireKnownRequest(agency, details);
            LocalDate filedOn = details.filedOn();
            String id = String.format("A-%s-%d-%03d", agency, filedOn.getYear(),
                    serials.next("APPEAL", agency, filedOn.getYear()));
            Appeal appeal = new Appeal(id, agency, details.request(), details.kind(), filedOn, Optional.empty(),
                    Optional.empty(), details.caseNumber(), details.body(), details.reviewOrganCoDefendant());
            yearLock.change(actor, agency, List.of(filedOn.getYear()), "登记" + details.kind().label() + " " + id,
                    amendmentReason);
            appeals.insert(appeal);
            audit.append(actor.username(), "APPEAL_REGISTERED", id, details.kind().label() + "，" + filedOn
                    + (details.reviewOrganCoDefendant() ? "，复议机关作共同被告（不计入表四）" : ""));
            return appeal;
        });
    }

    /** Correct the register details of an appeal; {@code reason} says why and goes to the audit log. */
    public Appeal edit(Actor actor, String id, long expectedVersion, AppealDetails details, String reason) {
        actor.requireAny(KEEPERS);
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("请填写修改理由。");
        }
        details.check();
        return tx.execute(status -> {
            Appeal old = find(id);
            actor.requireAgency(old.agency());
            requireKnownRequest(old.agency(), details);
            List<String> changes = details.changesFrom(AppealDetails.of(old));
            if (changes.isEmpty()) {
                return old;
            }
            if (old.decidedOn().filter(d -> d.isBefore(details.filedOn())).isPresent()) {
                throw new RefusedException("立案日期 " + details.filedOn() + " 晚于已记录的审结日期 " + old.decidedOn().get() + "。");
            }
            Appeal edited = new Appeal(id, old.agency(), details.request(), details.kind(), details.filedOn(),
                    old.result(), old.decidedOn(), details.caseNumber(), details.body(), details.reviewOrganCoDefendant());
            yearLock.change(actor, old.agency(), List.of(old.filedOn().getYear(), details.filedOn().getYear()),
                    "修改 " + id + "：" + String.join("；", changes), reason);
            if (!appeals.updateDetails(edited, expectedVersion)) {
                throw new ConflictException("复议或诉讼 " + id + " ");
            }
            audit.append(actor.username(), "APPEAL_EDITED", id, String.join("；", changes) + "；理由：" + reason.strip());
            return edited;
        });
    }

    /** Record the result of an appeal decided on {@code decidedOn}. */
    public Appeal decide(Actor actor, String id, long expectedVersion, AppealResult result, LocalDate decidedOn,
            String amendmentReason) {
        actor.requireAny(KEEPERS);
        return tx.execute(status -> {
            Appeal old = find(id);
            actor.requireAgency(old.agency());
            if (decidedOn.isBefore(old.filedOn())) {
                throw new RefusedException("审结日期 " + decidedOn + " 早于立案日期 " + old.filedOn() + "。");
            }
            Appeal decided = old.decided(result, decidedOn);
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

    /** Refuse a tracking number that is not one of the agency's requests: an export must be able to refer to it. */
    private void requireKnownRequest(String agency, AppealDetails details) {
        details.request().ifPresent(tracking -> {
            if (requests.find(tracking).filter(r -> r.request().agency().equals(agency)).isEmpty()) {
                throw new RefusedException("申请的受理编号：本机关没有受理编号为 " + tracking
                        + " 的申请；案件涉及更早或未登记的申请时，此项不填。");
            }
        });
    }

    /** Return the appeal with {@code id}, or refuse with a Chinese message naming it. */
    public Appeal find(String id) {
        return appeals.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的复议或诉讼。"));
    }

    public long version(String id) {
        return appeals.version(id);
    }

    /** All the agency's appeals. */
    public List<Appeal> all(String agency) {
        return appeals.byAgency(agency);
    }

    /** The agency's appeals filed in {@code year}. */
    public List<Appeal> filedIn(String agency, int year) {
        return appeals.filedIn(agency, year);
    }

    /** The agency's appeals about one of its requests. */
    public List<Appeal> about(String agency, String request) {
        return appeals.about(agency, request);
    }
}
