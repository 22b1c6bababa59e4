package org.gongkai.server.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gongkai.server.Services;
import org.gongkai.server.security.PersonalDataCipher;

/** Services over a test database with a fixed clock and a random key. */
public final class TestServices {

    private TestServices() {
    }

    /** Return services whose clock is {@link Fixtures#CLOCK}. */
    public static Services of(Database db) {
        return new Services(db.jdbc(), db.transactions(), Fixtures.CLOCK, randomKey());
    }

    /** Return services whose clock reads 10:00 in Shanghai on {@code today}. */
    public static Services on(Database db, LocalDate today) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Clock clock = Clock.fixed(today.atStartOfDay(zone).plusHours(10).toInstant(), zone);
        return new Services(db.jdbc(), db.transactions(), clock, randomKey());
    }

    private static PersonalDataCipher randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new PersonalDataCipher(key);
    }
}
