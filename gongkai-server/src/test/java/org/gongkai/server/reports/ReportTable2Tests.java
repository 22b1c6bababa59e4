package org.gongkai.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.server.store.Fixtures.CLERK;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.report.Table2;
import org.gongkai.server.Assembly;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 表二 第二十条第（一）项 compiled from the database as items are published, repealed and expire (interchange.md). */
class ReportTable2Tests extends DatabaseTests {

    private Assembly services;

    @BeforeEach
    void setUp() {
        Fixtures.agencies(db);
        services = TestServices.on(db, LocalDate.of(2026, 1, 10));
    }

    private Publication publish(PublicationKind kind, String title, LocalDate issuedOn, Optional<LocalDate> expiresOn) {
        return services.publications.publish(CLERK, new PublicationService.NewPublication(Fixtures.AGENCY, kind, title,
                Optional.empty(), 1, issuedOn, issuedOn.plusDays(4), expiresOn, null));
    }

    private void expire(Publication p, LocalDate expiresOn) {
        Publication changed = new Publication(p.id(), p.agency(), p.kind(), p.indexNumber(), p.title(), p.documentNumber(),
                p.article20Item(), p.issuedOn(), p.publishedOn(), p.repealedOn(), Optional.of(expiresOn));
        services.publications.edit(CLERK, changed, services.publications.get(p.id()).version(), null);
    }

    private Table2 table2(int year) {
        return services.reports.compile(Fixtures.AGENCY, year).table2();
    }

    @Test
    void table2CountsWhatWasIssuedRepealedAndIsInForceAfterPublishRepealAndExpiry() {
        Publication rule = publish(PublicationKind.RULE, "测试市公共数据管理办法", LocalDate.of(2024, 3, 1), Optional.empty());
        Publication first = publish(PublicationKind.NORMATIVE_DOCUMENT, "测试市道路养护管理规定", LocalDate.of(2025, 2, 10),
                Optional.of(LocalDate.of(2027, 2, 10)));
        Publication second = publish(PublicationKind.NORMATIVE_DOCUMENT, "测试市临时占道审批细则", LocalDate.of(2025, 4, 1),
                Optional.empty());
        publish(PublicationKind.OTHER, "2025年部门预算", LocalDate.of(2025, 3, 1), Optional.empty());

        assertThat(table2(2024).rules()).isEqualTo(new Table2.DocumentCounts(1, 0, 1));
        assertThat(table2(2025).rules()).isEqualTo(new Table2.DocumentCounts(0, 0, 1));
        assertThat(table2(2025).normativeDocuments()).as("the OTHER item is not in 表二")
                .isEqualTo(new Table2.DocumentCounts(2, 0, 2));

        services.publications.repeal(CLERK, rule.id(), services.publications.get(rule.id()).version(),
                LocalDate.of(2025, 6, 1), null);
        assertThat(table2(2025).rules()).isEqualTo(new Table2.DocumentCounts(0, 1, 0));
        assertThat(table2(2024).rules()).as("a later repeal leaves the earlier year alone")
                .isEqualTo(new Table2.DocumentCounts(1, 0, 1));

        expire(first, LocalDate.of(2025, 12, 31));
        expire(second, LocalDate.of(2026, 1, 1));
        assertThat(table2(2025).normativeDocuments())
                .as("expiring on 31 December is out of force at the year's end; on 1 January it is still in force")
                .isEqualTo(new Table2.DocumentCounts(2, 0, 1));
        assertThat(table2(2026).normativeDocuments()).isEqualTo(new Table2.DocumentCounts(0, 0, 0));
    }
}
