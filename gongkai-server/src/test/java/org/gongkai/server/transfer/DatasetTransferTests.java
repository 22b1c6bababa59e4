package org.gongkai.server.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.dataset.DatasetReader;
import org.gongkai.dataset.DatasetWriter;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.Assembly;
import org.gongkai.server.demo.DemoData;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.TestDatabases;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.Test;

class DatasetTransferTests extends DatabaseTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void exportImportIntoAnEmptyDatabaseExportGivesTheSameDocument() {
        Assembly source = TestServices.on(db, TODAY);
        TestServices.demoData(source, db, 5).loadIfEmpty();
        String first = DatasetWriter.write(source.export.export());

        try (Database empty = TestDatabases.fresh(kind)) {
            Assembly target = TestServices.on(empty, TODAY);
            target.importer.importDataset("test", DatasetReader.read(first), TODAY);
            String second = DatasetWriter.write(target.export.export());
            assertThat(second).isEqualTo(first);
            assertThat(target.audit.verify()).isEmpty();
        }
    }

    private static final String SMALL = """
            {"format": "gongkai/1",
             "agencies": [{"code": "TEST-A", "name": "测试市人民政府办公室", "parent": null}],
             "requests": [{"id": "TEST-A-2025-0007", "agency": "TEST-A", "applicantType": "NATURAL_PERSON",
                           "channel": "ONLINE", "events": [{"type": "RECEIVED", "on": "2025-03-03"}]}],
             "publications": [], "decisionCounts": [], "appeals": []}
            """;

    @Test
    void importingRecordsThatExistChangesNothing() {
        Assembly services = TestServices.on(db, TODAY);
        services.importer.importDataset("test", DatasetReader.read(SMALL), TODAY);
        String document = DatasetWriter.write(services.export.export());
        long auditEntries = db.jdbc().sql("select count(*) from audit_log").query(Long.class).single();

        assertThatThrownBy(() -> services.importer.importDataset("test", DatasetReader.read(SMALL), TODAY))
                .isInstanceOf(RefusedException.class).hasMessageContaining("没有导入任何内容");
        assertThat(DatasetWriter.write(services.export.export())).isEqualTo(document);
        assertThat(db.jdbc().sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(auditEntries);
    }

    @Test
    void numbersAssignedAfterAnImportDoNotCollideWithImportedOnes() {
        Assembly services = TestServices.on(db, TODAY);
        services.importer.importDataset("test", DatasetReader.read(SMALL), TODAY);
        String id = services.requests.register(Actor.system("test"), new RequestService.Submission(null, "TEST-A",
                ApplicantType.NATURAL_PERSON, Channel.IN_PERSON, new ReceiptFacts(Optional.of(LocalDate.of(2025, 12, 1)),
                        Optional.empty(), Optional.empty()), new Applicant("甲", null, null, null), "x"))
                .request().request().id();
        assertThat(id).isEqualTo("TEST-A-2025-0008");
    }
}
