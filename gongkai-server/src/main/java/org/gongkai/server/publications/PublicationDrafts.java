package org.gongkai.server.publications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.NotFoundException;
import org.gongkai.server.store.RefusedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Drafts of proactive disclosure: one person drafts, a second one reviews and publishes. */
public final class PublicationDrafts {

    /** A draft awaiting review. */
    public record Draft(long id, String agency, PublicationKind kind, String title, String documentNumber,
            int article20Item, LocalDate issuedOn, String draftedBy) {
    }

    /** What a drafter enters: the metadata, the text (possibly empty), 主题分类 and 关键词. */
    public record NewDraft(PublicationKind kind, String title, Optional<String> documentNumber, int article20Item,
            LocalDate issuedOn, String body, Optional<String> topic, List<String> keywords) {
    }

    /** What a reviewer reads of a draft besides its metadata: its text, 主题分类, 关键词 and files. */
    public record DraftContent(String body, Optional<String> topic, List<String> keywords, List<StoredFile> files) {
    }

    private final DraftRepository drafts;
    private final AuditLog audit;
    private final PublicationFiles publicationFiles;
    private final PublicationService publications;
    private final TransactionTemplate tx;
    private final Clock clock;

    public PublicationDrafts(DraftRepository drafts, AuditLog audit, PublicationFiles publicationFiles,
            PublicationService publications, TransactionTemplate tx, Clock clock) {
        this.drafts = drafts;
        this.audit = audit;
        this.publicationFiles = publicationFiles;
        this.publications = publications;
        this.tx = tx;
        this.clock = clock;
    }

    /** Store a draft with its text and its (already checked) files, all or nothing. */
    public void draft(Actor actor, NewDraft d, List<AttachmentFile> files) {
        tx.executeWithoutResult(status -> {
            long id = drafts.insert(actor.agency(), d, actor.username());
            publicationFiles.addToDraft(id, files);
            audit.append(actor.username(), "PUBLICATION_DRAFTED", actor.agency(), d.title());
        });
    }

    public List<Draft> pending(String agency) {
        return drafts.pending(agency);
    }

    /** Return the text, 主题分类, 关键词 and files of a draft of {@code agency}. */
    public DraftContent content(String agency, long draftId) {
        PublicationDetails d = drafts.details(agency, draftId)
                .orElseThrow(() -> new NotFoundException(String.valueOf(draftId)));
        return new DraftContent(d.body(), d.topic(), d.keywords(), publicationFiles.ofDraft(draftId));
    }

    /** Return file {@code n} (from 1) of a draft of {@code agency}. */
    public Optional<Download> file(String agency, long draftId, int n) {
        content(agency, draftId);
        return publicationFiles.ofDraft(draftId, n);
    }

    /** Publish a draft with its text and files; the reviewer must be someone other than its author. */
    public Publication approve(Actor reviewer, long draftId) {
        return tx.execute(status -> {
            Draft d = drafts.unpublished(draftId).orElseThrow(() -> new NotFoundException(String.valueOf(draftId)));
            if (reviewer.agency() == null || !reviewer.agency().equals(d.agency())) {
                throw new AccessDeniedException(reviewer.username() + " is not of " + d.agency());
            }
            if (d.draftedBy().equals(reviewer.username())) {
                throw new RefusedException("草稿须由起草人以外的另一人审核后发布。");
            }
            PublicationDetails details = drafts.details(d.agency(), draftId).orElseThrow();
            Publication p = publications.publish(reviewer, new PublicationService.NewPublication(d.agency(),
                    d.kind(), d.title(), Optional.ofNullable(d.documentNumber()), d.article20Item(), d.issuedOn(),
                    LocalDate.now(clock), Optional.empty(), null),
                    details, publicationFiles.draftFiles(draftId));
            drafts.published(draftId, p.id());
            return p;
        });
    }
}
