package org.gongkai.server.cli;

import java.time.Clock;
import java.time.ZoneId;
import org.gongkai.server.Assembly;
import org.gongkai.server.security.EncryptionSettings;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseSettings;

/** The configured database and the server's objects for a command that runs without Spring. */
final class Workspace implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final Database database;
    final Assembly assembly;

    private Workspace(Database database) {
        this.database = database;
        this.assembly = new Assembly(database.jdbc(), database.transactions(), Clock.system(ZONE),
                EncryptionSettings.cipherFromEnvironment());
    }

    static Workspace open() {
        return new Workspace(Database.open(DatabaseSettings.fromEnvironment()));
    }

    @Override
    public void close() {
        database.close();
    }
}
