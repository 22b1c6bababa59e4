package org.gongkai.server.search.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.publication.Attachment;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.Publication;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.publications.AttachmentFile;
import org.gongkai.server.publications.PublicationDetails;
import org.gongkai.server.publications.PublicationFiles;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.documents.AttachmentText;
import org.gongkai.server.search.StoredEntries;
import org.gongkai.server.store.Serials;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole public catalogue of the database as a bundle and back: {@code gongkai catalogue export|import}.
 * An import is one transaction: a bundle with any fault is refused and nothing is written.
 */
public final class CatalogueArchive {

    private final AuditLog audit;
    private final AgencyRepository agencies;
    private final PublicationRepository publicationRepository;
    private final PublicationFiles publicationFiles;
    private final Serials serials;
    private final TransactionTemplate tx;
    private final StoredEntries stored;

    public CatalogueArchive(AuditLog audit, AgencyRepository agencies, PublicationRepository publicationRepository,
            PublicationFiles publicationFiles, StoredEntries stored, Serials serials, TransactionTemplate tx) {
        this.audit = audit;
        this.agencies = agencies;
        this.publicationRepository = publicationRepository;
        this.publicationFiles = publicationFiles;
        this.serials = serials;
        this.tx = tx;
        this.stored = stored;
    }

    /** Write every agency and every stored item (in force, expired or repealed) with its text and files. */
    public CatalogueBundle.Summary export(BundleParts.Output out, CatalogueBundle.Progress progress) {
        return tx.execute(status -> {
            try {
                return CatalogueBundle.export(agencies.all(),
                        publicationRepository.all().stream().map(stored::entry).flatMap(Optional::stream),
                        a -> new ByteArrayInputStream(publicationFiles.bytes(a.id()).orElseThrow()), out, progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What an import wrote: its counts, and the items, for the search index to add. */
    public record Imported(CatalogueBundle.Summary summary, List<Publication> publications) {
    }

    /**
     * Import a bundle as {@code actor}: its agencies that are not stored yet, then its items and files.
     *
     * @throws BundleFormatException if the bundle breaks its format or clashes with stored items (naming the line)
     */
    public Imported importBundle(String actor, BundleParts.Input in, CatalogueBundle.Progress progress) {
        return tx.execute(status -> {
            Importer importer = new Importer();
            try {
                CatalogueBundle.Summary summary = CatalogueBundle.read(in, importer, progress);
                audit.append(actor, "CATALOGUE_IMPORTED", "catalogue",
                        summary.entries() + " 条公开信息，" + summary.files() + " 个附件");
                return new Imported(summary, List.copyOf(importer.publications));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Writes what the bundle hands over; remembers which item and number each file belongs to. */
    private final class Importer implements CatalogueBundle.Receiver {

        private record Slot(String publicationId, int seq) {
        }

        private final Map<String, Slot> slots = new HashMap<>();
        private final List<Publication> publications = new ArrayList<>();

        @Override
        public void entries(List<Agency> agencies, List<CatalogueBundle.Line> lines) {
            agencies.forEach(this::agency);
            for (CatalogueBundle.Line line : lines) {
                entry(line);
            }
        }

        private void agency(Agency a) {
            if (agencies.find(a.code()).isPresent()) {
                return;
            }
            if (a.parent().isPresent() && agencies.find(a.parent().get()).isEmpty()) {
                throw new BundleFormatException(CatalogueBundle.MANIFEST + " 的机关 " + a.code() + " 的上级机关 "
                        + a.parent().get() + " 既不在数据库中，也没有列在它之前");
            }
            agencies.insert(a);
        }

        private void entry(CatalogueBundle.Line line) {
            CatalogueEntry e = line.entry();
            String at = CatalogueBundle.CATALOGUE + " 第 " + line.number() + " 行：";
            if (publicationRepository.exists(e.id(), e.indexNumber().toString())) {
                throw new BundleFormatException(at + "编号 " + e.id() + " 或索引号 " + e.indexNumber() + " 已在数据库中");
            }
            CatalogueContent c = e.content();
            publicationRepository.insert(e.publication());
            publications.add(e.publication());
            publicationRepository.setDetails(e.id(),
                    new PublicationDetails(c.body(), c.topic(), c.keywords(), e.previousVersion()));
            if (e.indexNumber().organisationCode().equals(c.agency())) {
                serials.atLeast("PUBLICATION", c.agency(), e.indexNumber().year(), e.indexNumber().serial());
            }
            List<Attachment> attachments = c.attachments();
            for (int i = 0; i < attachments.size(); i++) {
                if (publicationFiles.hasAttachment(attachments.get(i).id())) {
                    throw new BundleFormatException(at + "附件标识 " + attachments.get(i).id() + " 已在数据库中");
                }
                slots.put(attachments.get(i).id(), new Slot(e.id(), i + 1));
            }
        }

        @Override
        public void file(Attachment a, byte[] bytes) {
            String text;
            try {
                text = AttachmentText.extract(a.fileName(), a.mediaType(), bytes);
            } catch (IllegalArgumentException e) {
                throw new BundleFormatException(CatalogueBundle.filePath(a) + "：" + e.getMessage(), e);
            }
            Slot slot = slots.get(a.id());
            publicationFiles.addToPublication(slot.publicationId(), slot.seq(), a.id(),
                    new AttachmentFile(a.fileName(), a.mediaType(), bytes, a.sha256(), text));
        }
    }
}
