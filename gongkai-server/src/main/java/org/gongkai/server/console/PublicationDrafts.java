package org.gongkai.server.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.publications.AttachmentFile;
import org.gongkai.server.publications.KeywordColumn;
import org.gongkai.server.publications.PublicationDetails;
import org.gongkai.server.publications.PublicationFiles;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.publications.StoredFile;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.NotFoundException;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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
    private final AuditLog audit;
    private final PublicationFiles publicationFiles;
    private final PublicationService publications;
    private final TransactionTemplate tx;
    private final Clock clock;

    PublicationDrafts(JdbcClient jdbc, AuditLog audit, PublicationFiles publicationFiles,
            PublicationService publications, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.publicationFiles = publicationFiles;
        this.publications = publications;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a reviewer reads of a draft besides its metadata: its text, 主题分类, 关键词 and files. */
    record DraftContent(String body, Optional<String> topic, List<String> keywords, List<StoredFile> files) {
    }

    /** Store a draft with its text and its (already checked) files, all or nothing. */
    void draft(Actor actor, PublicationForm f, List<AttachmentFile> files) {
        tx.executeWithoutResult(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into publication_draft (agency, kind, title, document_number, article20_item, issued_on,"
                            + " drafted_by, body, topic, keywords) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(actor.agency(), f.getKind().name(), f.getTitle().trim(), blankToNull(f.getDocumentNumber()),
                            f.getArticle20Item(), f.getIssuedOn(), actor.username(), f.getBody() == null ? "" : f.getBody().strip(),
                            CatalogueTerms.topic(f.getTopic()).orElse(null), KeywordColumn.of(CatalogueTerms.keywords(f.getKeywords())))
                    .update(key, "id");
            publicationFiles.addToDraft(key.getKeyAs(Number.class).longValue(), files);
            audit.append(actor.username(), "PUBLICATION_DRAFTED", actor.agency(), f.getTitle().trim());
        });
    }

    List<Draft> pending(String agency) {
        return jdbc.sql("select id, agency, kind, title, document_number, article20_item, issued_on, drafted_by"
                        + " from publication_draft where agency = ? and publication_id is null order by id")
                .param(agency).query(Draft.class).list();
    }

    /** Return the text, 主题分类, 关键词 and files of a draft of {@code agency}. */
    DraftContent content(String agency, long draftId) {
        return jdbc.sql("select body, topic, keywords from publication_draft where id = ? and agency = ?")
                .params(draftId, agency)
                .query((rs, n) -> new DraftContent(rs.getString("body"), Rows.optionalString(rs, "topic"),
                        KeywordColumn.parse(Rows.optionalString(rs, "keywords")), publicationFiles.ofDraft(draftId)))
                .optional().orElseThrow(() -> new NotFoundException(String.valueOf(draftId)));
    }

    /** Publish a draft with its text and files; the reviewer must be someone other than its author. */
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
            Publication p = publications.publish(reviewer, new PublicationService.NewPublication(d.agency(),
                    d.kind(), d.title(), Optional.ofNullable(d.documentNumber()), d.article20Item(), d.issuedOn(),
                    LocalDate.now(clock), Optional.empty(), null),
                    details(content(d.agency(), draftId)), publicationFiles.draftFiles(draftId));
            jdbc.sql("update publication_draft set publication_id = ? where id = ?").params(p.id(), draftId).update();
            return p;
        });
    }

    private static PublicationDetails details(DraftContent c) {
        return new PublicationDetails(c.body(), c.topic(), c.keywords(), Optional.empty());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
