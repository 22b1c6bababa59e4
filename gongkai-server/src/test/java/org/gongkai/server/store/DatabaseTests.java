package org.gongkai.server.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Base of tests that run once on H2 and once on PostgreSQL, each test on a fresh database. */
@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
public abstract class DatabaseTests {

    @Parameter
    protected DatabaseKind kind;

    protected Database db;

    @BeforeEach
    void openDatabase() {
        db = TestDatabases.fresh(kind);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }
}
