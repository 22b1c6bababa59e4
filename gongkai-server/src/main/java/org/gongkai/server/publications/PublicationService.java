package org.gongkai.server.publications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.NotFoundException;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.Serials;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Publish, edit and repeal items of proactive disclosure; each use case is one transaction. */
public final class PublicationService {

    /** What a clerk enters to publish an item; the index number is assigned. */
    public record NewPublication(String agency, PublicationKind kind, String title, Optional<String> documentNumber,
            int article20Item, LocalDate issuedOn, LocalDate publishedOn, Optional<LocalDate> expiresOn,
            String amendmentReason) {
    }

    private final PublicationRepository publications;
    private final PublicationFiles files;
    private final Serials serials;
    private final YearLock yearLock;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final List<Consumer<Publication>> listeners = new CopyOnWriteArrayList<>();

    public PublicationService(PublicationRepository publications, PublicationFiles files, Serials serials,
            YearLock yearLock, AuditLog audit, TransactionTemplate tx) {
        this.publications = publications;
        this.files = files;
        this.serials = serials;
        this.yearLock = yearLock;
        this.audit = audit;
        this.tx = tx;
    }

    /** Call {@code listener} with each published, edited or repealed item once the outermost transaction commits. */
    public void afterCommit(Consumer<Publication> listener) {
        listeners.add(listener);
    }

    /** Publish an item without text or attachments, assigning its index number. */
    public Publication publish(Actor actor, NewPublication p) {
        return publish(actor, p, PublicationDetails.NONE, List.of());
    }

    /**
     * Publish an item with its text and attachments, assigning its index number
     * {@code <agency>-<yyyy>-<5-digit serial>}.
     */
    public Publication publish(Actor actor, NewPublication p, PublicationDetails details, List<AttachmentFile> attachments) {
        actor.requireAgency(p.agency());
        return tx.execute(status -> {
            int year = p.publishedOn().getYear();
            String indexNumber = String.format("%s-%d-%05d", p.agency(), year, serials.next("PUBLICATION", p.agency(), year));
            Publication created = new Publication(indexNumber, p.agency(), p.kind(), indexNumber, p.title(),
                    p.documentNumber(), p.article20Item(), p.issuedOn(), p.publishedOn(), Optional.empty(), p.expiresOn());
            yearLock.change(actor, p.agency(), years(created), "发布 " + indexNumber, p.amendmentReason());
            publications.insert(created);
            publications.setDetails(indexNumber, details);
            files.addToPublication(indexNumber, attachments);
            audit.append(actor.username(), "PUBLICATION_PUBLISHED", indexNumber, p.title());
            notifyAfterCommit(created);
            return created;
        });
    }

    /** Replace an item's facts; {@code expectedVersion} is the version the clerk edited. */
    public Publication edit(Actor actor, Publication changed, long expectedVersion, String amendmentReason) {
        return tx.execute(status -> {
            StoredPublication old = get(changed.id());
            actor.requireAgency(old.publication().agency());
            if (!old.publication().agency().equals(changed.agency())
                    || !old.publication().indexNumber().equals(changed.indexNumber())) {
                throw new RefusedException("发布机关和索引号不能修改。");
            }
            List<Integer> years = years(old.publication());
            years.addAll(years(changed));
            yearLock.change(actor, changed.agency(), years, "修改 " + changed.id(), amendmentReason);
            if (!publications.update(changed, expectedVersion)) {
                throw new ConflictException("公开信息 " + changed.id() + " ");
            }
            audit.append(actor.username(), "PUBLICATION_EDITED", changed.id(), changed.title());
            notifyAfterCommit(changed);
            return changed;
        });
    }

    /** Record that an item was repealed (废止) on {@code repealedOn}. */
    public Publication repeal(Actor actor, String id, long expectedVersion, LocalDate repealedOn, String amendmentReason) {
        StoredPublication old = tx.execute(status -> get(id));
        Publication p = old.publication();
        if (repealedOn.isBefore(p.issuedOn())) {
            throw new RefusedException("废止日期 " + repealedOn + " 早于成文日期 " + p.issuedOn() + "。");
        }
        Publication repealed = new Publication(p.id(), p.agency(), p.kind(), p.indexNumber(), p.title(),
                p.documentNumber(), p.article20Item(), p.issuedOn(), p.publishedOn(), Optional.of(repealedOn),
                p.expiresOn());
        return edit(actor, repealed, expectedVersion, amendmentReason);
    }

    /** Return the agency's publications (in force, expired or repealed). */
    public List<Publication> byAgency(String agency) {
        return publications.byAgency(agency);
    }

    /** Return a stored publication's text, 主题分类, 关键词 and previous version. */
    public PublicationDetails details(String id) {
        return publications.details(id);
    }

    public StoredPublication get(String id) {
        return publications.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的公开信息。"));
    }

    private void notifyAfterCommit(Publication changed) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                listeners.forEach(listener -> listener.accept(changed));
            }
        });
    }

    private static List<Integer> years(Publication p) {
        List<Integer> years = new ArrayList<>();
        years.add(p.publishedOn().getYear());
        years.add(p.issuedOn().getYear());
        p.repealedOn().ifPresent(d -> years.add(d.getYear()));
        p.expiresOn().ifPresent(d -> years.add(d.getYear()));
        return years;
    }
}
