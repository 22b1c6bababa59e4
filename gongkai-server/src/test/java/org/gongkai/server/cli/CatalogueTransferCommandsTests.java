package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gongkai.agency.Agency;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.IndexNumber;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.Assembly;
import org.gongkai.server.publications.AttachmentUploads;
import org.gongkai.server.publications.PublicationDetails;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.search.PublicationIndex;
import org.gongkai.server.search.SearchDocument;
import org.gongkai.server.search.SearchHit;
import org.gongkai.server.search.SearchQuery;
import org.gongkai.server.security.EncryptionSettings;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseSettings;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.testing.SampleFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalogue export} and {@code catalogue import} between H2 file databases, without Spring. */
class CatalogueTransferCommandsTests {

    @TempDir
    Path dir;

    @BeforeEach
    void useKeyAndIndex() {
        System.setProperty("gongkai.encryption.key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        System.setProperty("gongkai.search.index-directory", dir.resolve("index").toString());
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("spring.datasource.url");
        System.clearProperty("gongkai.encryption.key");
        System.clearProperty("gongkai.search.index-directory");
    }

    private void useDatabase(String name) {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    /** Fill the current database: two agencies, an item with text and two files, a repealed item, a bare item. */
    private void fill() {
        try (Database db = Database.open(DatabaseSettings.fromEnvironment())) {
            Assembly services = new Assembly(db, Fixtures.CLOCK, EncryptionSettings.cipherFromEnvironment());
            services.agencies.insert(new Agency("TEST-A", "测试市人民政府办公室", Optional.empty()));
            services.agencies.insert(new Agency("TEST-B", "测试市某局", Optional.of("TEST-A")));
            AttachmentUploads uploads = new AttachmentUploads(1024 * 1024);
            var clerk = Fixtures.CLERK;
            var first = services.publications.publish(clerk, item("测试市绿道管理办法", 1), new PublicationDetails(
                    "第一条 为规范绿道管理……", Optional.of("城乡建设"), List.of("绿道", "管理"), Optional.empty()),
                    List.of(uploads.accept("指标表.pdf", SampleFiles.pdf()), uploads.accept("说明.docx", SampleFiles.docx("绿道说明"))));
            services.publications.publish(clerk, item("测试市绿道管理办法（修订）", 1), new PublicationDetails("修订后的全文",
                    Optional.empty(), List.of(), Optional.of(first.id())), List.of());
            services.publications.repeal(clerk, first.id(), 1, LocalDate.of(2025, 5, 1), null);
            services.publications.publish(clerk, item("工作动态", 15));
        }
    }

    /** Fill the source database, export it as a ZIP bundle, and switch to an empty target database. */
    private Path exportedIntoAnEmptyTarget() {
        useDatabase("source");
        fill();
        Path bundle = dir.resolve("catalogue.zip");
        assertThat(CliRun.of("catalogue", "export", bundle.toString()).exitCode()).isZero();
        useDatabase("target");
        return bundle;
    }

    private static PublicationService.NewPublication item(String title, int article20Item) {
        return new PublicationService.NewPublication("TEST-A", PublicationKind.NORMATIVE_DOCUMENT, title, Optional.empty(),
                article20Item, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 3), Optional.empty(), null);
    }

    private long count(String table) {
        try (Database db = Database.open(DatabaseSettings.fromEnvironment())) {
            return db.jdbc().sql("select count(*) from " + table).query(Long.class).single();
        }
    }

    @Test
    void importIntoAnEmptyDatabaseThenExportGivesTheSameBundle() throws IOException {
        useDatabase("source");
        fill();
        Path bundle = dir.resolve("catalogue.zip");
        CliRun export = CliRun.of("catalogue", "export", bundle.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).contains("已导出文件 2/2", "3 条公开信息，2 个附件");

        useDatabase("target");
        CliRun imported = CliRun.of("catalogue", "import", bundle.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("已读入文件 2/2", "已导入主动公开目录：3 条公开信息，2 个附件", "已加入检索索引：3 条公开信息");
        Path again = dir.resolve("again.zip");
        assertThat(CliRun.of("catalogue", "export", again.toString()).exitCode()).isZero();

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(bundle));
        String jsonl = new String(part(bundle, "catalogue.jsonl"), StandardCharsets.UTF_8);
        assertThat(jsonl).contains("\"repealedOn\":\"2025-05-01\"", "\"keywords\":[\"绿道\",\"管理\"]",
                "\"previousVersion\":\"TEST-A-2025-00001\"", "\"body\":\"第一条 为规范绿道管理……\"");
        assertThat(part(bundle, "files/TEST-A-2025-00001-1")).isEqualTo(SampleFiles.pdf());
    }

    @Test
    void importedEntriesAreSearchableByTheServersIndexRightAfterImport() throws IOException {
        Path bundle = exportedIntoAnEmptyTarget();
        assertThat(CliRun.of("catalogue", "import", bundle.toString()).exitCode()).isZero();

        try (PublicationIndex index = PublicationIndex.open(dir.resolve("index"))) {
            assertThat(index.search(SearchQuery.of("全文", LocalDate.of(2025, 6, 1))).hits())
                    .extracting(SearchHit::title).containsExactly("测试市绿道管理办法（修订）");
            assertThat(index.size()).isEqualTo(3);
        }
    }

    @Test
    void importAddsToTheIndexWithoutRebuildingIt() throws IOException {
        Path bundle = exportedIntoAnEmptyTarget();
        try (PublicationIndex index = PublicationIndex.open(dir.resolve("index"))) {
            index.index(new SearchDocument(earlierEntry(), List.of()));
        }
        assertThat(CliRun.of("catalogue", "import", bundle.toString()).exitCode()).isZero();

        try (PublicationIndex index = PublicationIndex.open(dir.resolve("index"))) {
            assertThat(index.size()).isEqualTo(4);
            assertThat(index.search(SearchQuery.of("湿地", LocalDate.of(2025, 6, 1))).hits())
                    .extracting(SearchHit::id).containsExactly("EARLIER-1");
        }
    }

    /** An entry already in the index before the import (a rebuild from the target database would drop it). */
    private static CatalogueEntry earlierEntry() {
        CatalogueContent content = new CatalogueContent("TEST-B", PublicationKind.OTHER, "测试市湿地公园开放时间",
                Optional.empty(), 2, LocalDate.of(2025, 1, 2), Optional.empty(), Optional.empty(), List.of(), List.of(), "");
        return new CatalogueEntry("EARLIER-1", new IndexNumber("TEST-B", 2025, 1), content, LocalDate.of(2025, 1, 3),
                Optional.empty(), Optional.empty());
    }

    @Test
    void anIndexHeldByARunningServerRefusesTheImportBeforeAnythingIsWritten() throws IOException {
        Path bundle = exportedIntoAnEmptyTarget();
        try (PublicationIndex held = PublicationIndex.open(dir.resolve("index"))) {
            CliRun refused = CliRun.of("catalogue", "import", bundle.toString());

            assertThat(refused.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
            assertThat(refused.err()).contains("无法打开检索索引", "须先停止服务");
            assertThat(held.size()).isZero();
        }
        assertThat(count("publication")).isZero();
    }

    @Test
    void aDirectoryBundleImportsLikeAZip() throws IOException {
        useDatabase("source");
        fill();
        Path bundle = dir.resolve("bundle");
        assertThat(CliRun.of("catalogue", "export", bundle.toString()).exitCode()).isZero();
        assertThat(bundle.resolve("files/TEST-A-2025-00001-2")).exists();

        useDatabase("target");
        assertThat(CliRun.of("catalogue", "import", bundle.toString()).exitCode()).isZero();
        assertThat(count("publication_file")).isEqualTo(2);
        assertThat(CliRun.of("catalogue", "export", bundle.toString()).err()).contains("不是空目录");
    }

    @Test
    void aBadBundleIsRefusedNamingTheLineAndNothingIsWritten() throws IOException {
        useDatabase("source");
        fill();
        Path bundle = dir.resolve("catalogue.zip");
        CliRun.of("catalogue", "export", bundle.toString());
        Path broken = dir.resolve("broken.zip");
        String jsonl = new String(part(bundle, "catalogue.jsonl"), StandardCharsets.UTF_8);
        String[] lines = jsonl.split("\n");
        lines[2] = lines[2].replace("\"article20Item\":15", "\"article20Item\":16");
        replace(bundle, broken, "catalogue.jsonl", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        useDatabase("target");
        assertThat(CliRun.of("catalogue", "reindex").exitCode()).isZero();
        Map<String, Long> indexBefore = files(dir.resolve("index"));
        CliRun refused = CliRun.of("catalogue", "import", broken.toString());

        assertThat(refused.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(refused.err()).contains("catalogue.jsonl 第 3 行：第二十条只有第（一）至第（十五）项，收到 16", "没有导入任何内容");
        assertThat(count("agency")).isZero();
        assertThat(count("publication")).isZero();
        assertThat(files(dir.resolve("index"))).isEqualTo(indexBefore);
    }

    @Test
    void aBundleClashingWithStoredItemsIsRefusedWholly() throws IOException {
        useDatabase("source");
        fill();
        Path bundle = dir.resolve("catalogue.zip");
        CliRun.of("catalogue", "export", bundle.toString());
        long files = count("publication_file");

        assertThat(CliRun.of("catalogue", "reindex").exitCode()).isZero();
        Map<String, Long> indexBefore = files(dir.resolve("index"));

        CliRun refused = CliRun.of("catalogue", "import", bundle.toString());

        assertThat(refused.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(refused.err()).contains("catalogue.jsonl 第 1 行：编号 TEST-A-2025-00001 或索引号 TEST-A-2025-00001 已在数据库中");
        assertThat(count("publication")).isEqualTo(3);
        assertThat(count("publication_file")).isEqualTo(files);
        assertThat(files(dir.resolve("index"))).isEqualTo(indexBefore);
        try (PublicationIndex index = PublicationIndex.open(dir.resolve("index"))) {
            assertThat(index.size()).isEqualTo(3);
        }
    }

    /** Return the names and sizes of the files in an index directory (the lock file aside). */
    private static Map<String, Long> files(Path directory) throws IOException {
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .collect(Collectors.toMap(f -> f.getFileName().toString(), f -> f.toFile().length()));
        }
    }

    private static byte[] part(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " not in " + zip);
    }

    private static void replace(Path from, Path to, String name, byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(name) ? bytes : in.readAllBytes());
                zip.closeEntry();
            }
        }
        Files.write(to, out.toByteArray());
    }
}
