package org.gongkai.server.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.server.store.Fixtures.CLERK;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.Serials;
import org.gongkai.server.testing.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bodies and attachments, byte for byte, on H2 and PostgreSQL. */
class PublicationFilesTests extends DatabaseTests {

    private final AttachmentUploads uploads = new AttachmentUploads(1024 * 1024);
    private PublicationFiles files;
    private PublicationRepository repository;
    private PublicationService service;

    @BeforeEach
    void setUp() {
        Fixtures.agencies(db);
        AuditLog audit = new AuditLog(db.jdbc(), Fixtures.CLOCK);
        files = new PublicationFiles(db.jdbc());
        repository = new PublicationRepository(db.jdbc());
        service = new PublicationService(repository, files, new Serials(db.jdbc()),
                new YearLock(db.jdbc(), audit, Fixtures.CLOCK), audit, db.transactions());
    }

    private Publication publish(String title, PublicationDetails details, List<AttachmentFile> attachments) {
        return service.publish(CLERK, new PublicationService.NewPublication(Fixtures.AGENCY, PublicationKind.OTHER, title,
                Optional.empty(), 7, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 3), Optional.empty(), null),
                details, attachments);
    }

    @Test
    void publishingStoresTheBodyAndTheFilesByteForByte() {
        byte[] pdf = SampleFiles.pdf();
        byte[] docx = SampleFiles.docx("评价结果向社会公开");
        Publication p = publish("资金绩效评价", new PublicationDetails("第一条 评价范围……", Optional.of("财政"),
                List.of("绩效", "资金"), Optional.empty()),
                List.of(uploads.accept("指标表.pdf", pdf), uploads.accept("说明.docx", docx)));

        assertThat(repository.details(p.id())).isEqualTo(new PublicationDetails("第一条 评价范围……", Optional.of("财政"),
                List.of("绩效", "资金"), Optional.empty()));
        List<StoredFile> stored = files.ofPublication(p.id());
        assertThat(stored).extracting(StoredFile::seq).containsExactly(1, 2);
        assertThat(stored).extracting(f -> f.attachment().id()).containsExactly(p.id() + "-1", p.id() + "-2");
        assertThat(stored.get(0).attachment().sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.get(0).text()).contains(SampleFiles.PDF_WORD);
        assertThat(files.ofPublication(p.id(), 1).orElseThrow().bytes()).isEqualTo(pdf);
        assertThat(files.ofPublication(p.id(), 2).orElseThrow().mediaType()).isEqualTo(AttachmentUploads.DOCX);
        assertThat(files.bytes(p.id() + "-2")).hasValueSatisfying(b -> assertThat(b).isEqualTo(docx));
        assertThat(files.ofPublication(p.id(), 3)).isEmpty();
    }

    @Test
    void eachVersionKeepsItsOwnFiles() {
        Publication first = publish("管理办法", PublicationDetails.body("旧文"), List.of(uploads.accept("旧.pdf", SampleFiles.pdf())));
        Publication second = publish("管理办法（修订）", new PublicationDetails("新文", Optional.empty(), List.of(),
                Optional.of(first.id())), List.of(uploads.accept("新.docx", SampleFiles.docx("修订说明"))));

        assertThat(files.ofPublication(first.id())).extracting(f -> f.attachment().fileName()).containsExactly("旧.pdf");
        assertThat(files.ofPublication(second.id())).extracting(f -> f.attachment().fileName()).containsExactly("新.docx");
        assertThat(repository.details(second.id()).previousVersion()).contains(first.id());
        assertThat(repository.details(first.id()).body()).isEqualTo("旧文");
    }

    @Test
    void anItemWithoutTextHasAnEmptyBodyAndNoFiles() {
        Publication p = service.publish(CLERK, new PublicationService.NewPublication(Fixtures.AGENCY, PublicationKind.OTHER,
                "工作动态", Optional.empty(), 15, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), Optional.empty(), null));
        assertThat(repository.details(p.id())).isEqualTo(PublicationDetails.NONE);
        assertThat(files.ofPublication(p.id())).isEmpty();
    }
}
