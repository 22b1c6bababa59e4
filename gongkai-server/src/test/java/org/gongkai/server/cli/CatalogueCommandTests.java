package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gongkai.server.search.PublicationIndex;
import org.gongkai.server.search.SearchHit;
import org.gongkai.server.search.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalogue reindex} against an H2 file database, without Spring. */
class CatalogueCommandTests {

    private static final String ONE_PUBLICATION = """
            {"format": "gongkai/1",
             "agencies": [{"code": "TEST-A", "name": "测试市人民政府办公室", "parent": null}],
             "requests": [],
             "publications": [{"id": "P-1", "agency": "TEST-A", "kind": "NORMATIVE_DOCUMENT",
                               "indexNumber": "TEST-A-2023-00001", "title": "关于城市绿道建设的通知",
                               "documentNumber": null, "article20Item": 1, "issuedOn": "2023-05-01",
                               "publishedOn": "2023-05-06", "repealedOn": null, "expiresOn": null}],
             "decisionCounts": [],
             "appeals": []}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void useTemporaryDatabase() {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        System.setProperty("gongkai.encryption.key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("spring.datasource.url");
        System.clearProperty("gongkai.encryption.key");
    }

    @Test
    void reindexMakesTheIndexFromTheDatabase() throws Exception {
        Path file = dir.resolve("data.json");
        Files.writeString(file, ONE_PUBLICATION, StandardCharsets.UTF_8);
        assertThat(CliRun.of("import", file.toString()).exitCode()).isZero();
        Path index = dir.resolve("index");

        CliRun run = CliRun.of("catalogue", "reindex", "--index", index.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("1 条");
        try (PublicationIndex opened = PublicationIndex.open(index)) {
            assertThat(opened.search(SearchQuery.of("绿道", LocalDate.of(2025, 1, 1))).hits())
                    .extracting(SearchHit::id).containsExactly("P-1");
        }
    }
}
