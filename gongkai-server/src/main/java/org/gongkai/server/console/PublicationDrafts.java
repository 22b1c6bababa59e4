package org.gongkai.server.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.Services;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.NotFoundException;
import org.gongkai.server.store.RefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Drafts of proactive disclosure: one person drafts, a second one reviews and publishes. */
@Component
class PublicationDrafts {

    /** A draft awaiting review. */
    record Draft(long id, String agency, PublicationKind kind, String title, String documentNumber, int article20Item,
            LocalDate issuedOn, String draftedBy) {
    }

    private final JdbcClient jdbc;
    private final Services services;
    private final TransactionTemplate tx;
    private final Clock clock;

    PublicationDrafts(JdbcClient jdbc, Services services, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.services = services;
        this.tx = tx;
        this.clock = clock;
    }

    void draft(Actor actor, PublicationForm f) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("insert into publication_draft (agency, kind, title, document_number, article20_item, issued_on,"
                            + " drafted_by) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(actor.agency(), f.getKind().name(), f.getTitle().trim(), blankToNull(f.getDocumentNumber()),
                            f.getArticle20Item(), f.getIssuedOn(), actor.username())
                    .update();
            services.audit.append(actor.username(), "PUBLICATION_DRAFTED", actor.agency(), f.getTitle().trim());
        });
    }

    List<Draft> pending(String agency) {
        return jdbc.sql("select id, agency, kind, title, document_number, article20_item, issued_on, drafted_by"
                        + " from publication_draft where agency = ? and publication_id is null order by id")
                .param(agency).query(Draft.class).list();
    }

    /** Publish a draft; the reviewer must be someone other than its author. */
    Publication approve(Actor reviewer, long draftId) {
        return tx.execute(status -> {
            Draft d = jdbc.sql("select id, agency, kind, title, document_number, article20_item, issued_on, drafted_by"
                            + " from publication_draft where id = ? and publication_id is null")
                    .param(draftId).query(Draft.class).optional()
                    .orElseThrow(() -> new NotFoundException(String.valueOf(draftId)));
            ConsoleAccess.requireOwnAgency(reviewer, d.agency());
            if (d.draftedBy().equals(reviewer.username())) {
                throw new RefusedException("草稿须由起草人以外的另一人审核后发布。");
            }
            Publication p = services.publications.publish(reviewer, new PublicationService.NewPublication(d.agency(),
                    d.kind(), d.title(), Optional.ofNullable(d.documentNumber()), d.article20Item(), d.issuedOn(),
                    LocalDate.now(clock), Optional.empty(), null));
            jdbc.sql("update publication_draft set publication_id = ? where id = ?").params(p.id(), draftId).update();
            return p;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
