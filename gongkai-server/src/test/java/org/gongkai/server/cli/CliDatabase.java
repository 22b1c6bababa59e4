package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseSettings;

/** Test fixture: an H2 file database in a folder, loaded with a gongkai/1 document, that the command line uses. */
final class CliDatabase implements AutoCloseable {

    private final String url;

    private CliDatabase(String url) {
        this.url = url;
    }

    /** Point the command line at a new database in {@code dir} and import {@code dataset} into it. */
    static CliDatabase importing(Path dir, String dataset) throws IOException {
        CliDatabase db = new CliDatabase(useFileIn(dir));
        CliRun imported = CliRun.of("import", Files.writeString(dir.resolve("in.json"), dataset).toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        return db;
    }

    /** The first column of the rows {@code sql} selects, as text. */
    List<String> texts(String sql) {
        try (Database db = Database.open(new DatabaseSettings(url, "sa", "", 2))) {
            return db.jdbc().sql(sql).query(String.class).list();
        }
    }

    @Override
    public void close() {
        forget();
    }

    /** Point the command line at a new, empty database file in {@code dir} with a fixed key; return its URL. */
    static String useFileIn(Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        System.setProperty("spring.datasource.url", url);
        System.setProperty("gongkai.encryption.key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        return url;
    }

    /** Forget the database and key, so that the next test starts from the defaults. */
    static void forget() {
        System.clearProperty("spring.datasource.url");
        System.clearProperty("gongkai.encryption.key");
    }
}
