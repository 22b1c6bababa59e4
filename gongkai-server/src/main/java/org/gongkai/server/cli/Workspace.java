package org.gongkai.server.cli;

import org.gongkai.server.Assembly;
import org.gongkai.server.security.EncryptionSettings;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseSettings;
import org.gongkai.server.time.ServerTime;

/** The configured database and the server's objects for a command that runs without Spring. */
final class Workspace implements AutoCloseable {

    final Database database;
    final Assembly assembly;

    private Workspace(Database database) {
        this.database = database;
        this.assembly = new Assembly(database, ServerTime.system(),
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
