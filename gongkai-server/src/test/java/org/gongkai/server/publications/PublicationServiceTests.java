package org.gongkai.server.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.server.store.Fixtures.CLERK;
import static org.gongkai.server.store.Fixtures.OTHER_CLERK;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.Serials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublicationServiceTests extends DatabaseTests {

    private PublicationService service;
    private AuditLog audit;

    @BeforeEach
    void setUp() {
        Fixtures.agencies(db);
        audit = new AuditLog(db.jdbc(), Fixtures.CLOCK);
        service = new PublicationService(new PublicationRepository(db.jdbc()), new PublicationFiles(db.jdbc()), new Serials(db.jdbc()),
                new YearLock(db.jdbc(), audit, Fixtures.CLOCK), audit, db.transactions());
    }

    private Publication publish(LocalDate on, String reason) {
        return service.publish(CLERK, new PublicationService.NewPublication(Fixtures.AGENCY,
                PublicationKind.NORMATIVE_DOCUMENT, "关于测试工作的通知", Optional.of("测办规〔2025〕1号"), 1,
                on.minusDays(5), on, Optional.empty(), reason));
    }

    @Test
    void publishingAssignsConsecutiveIndexNumbersPerYear() {
        assertThat(publish(LocalDate.of(2025, 3, 1), null).indexNumber()).isEqualTo("TEST-A-2025-00001");
        assertThat(publish(LocalDate.of(2025, 3, 2), null).indexNumber()).isEqualTo("TEST-A-2025-00002");
        assertThat(publish(LocalDate.of(2026, 1, 5), null).indexNumber()).isEqualTo("TEST-A-2026-00001");
        assertThat(audit.about("TEST-A-2025-00002")).hasSize(1);
    }

    @Test
    void repealRecordsTheDateAndAStaleVersionIsAConflict() {
        Publication p = publish(LocalDate.of(2025, 3, 1), null);
        service.repeal(CLERK, p.id(), 1, LocalDate.of(2025, 9, 1), null);
        assertThat(service.get(p.id()).publication().repealedOn()).contains(LocalDate.of(2025, 9, 1));
        assertThat(service.get(p.id()).version()).isEqualTo(2);
        assertThatThrownBy(() -> service.repeal(CLERK, p.id(), 1, LocalDate.of(2025, 10, 1), null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已被其他人修改");
        assertThat(service.get(p.id()).publication().repealedOn()).contains(LocalDate.of(2025, 9, 1));
    }

    @Test
    void anotherAgencysClerkIsRefused() {
        Publication p = publish(LocalDate.of(2025, 3, 1), null);
        assertThatThrownBy(() -> service.repeal(OTHER_CLERK, p.id(), 1, LocalDate.of(2025, 9, 1), null))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void publishedYearNeedsAnAmendmentReasonWhichIsRecorded() {
        db.jdbc().sql("insert into annual_report (agency, calendar_year, published, version) values (?, 2024, true, 1)")
                .param(Fixtures.AGENCY).update();
        assertThatThrownBy(() -> publish(LocalDate.of(2024, 12, 30), null))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("2024 年度报告已经发布");
        assertThat(new PublicationRepository(db.jdbc()).byAgency(Fixtures.AGENCY)).isEmpty();

        Publication late = publish(LocalDate.of(2024, 12, 30), "漏登记的文件");
        assertThat(late.indexNumber()).isEqualTo("TEST-A-2024-00001");
        assertThat(db.jdbc().sql("select reason from report_amendment where calendar_year = 2024").query(String.class)
                .list()).containsExactly("漏登记的文件");
        assertThat(audit.about("TEST-A/2024")).singleElement().extracting(e -> e.action()).isEqualTo("REPORT_AMENDED");
        assertThat(audit.verify()).isEmpty();
    }
}
