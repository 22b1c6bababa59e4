package org.gongkai.server.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gongkai.server.Assembly;
import org.gongkai.server.demo.DemoData;
import org.gongkai.server.security.PersonalDataCipher;
import org.gongkai.server.time.ServerTime;

/** Assembly over a test database with a fixed clock and a random key. */
public final class TestServices {

    private TestServices() {
    }

    /** Return the objects whose clock is {@link Fixtures#CLOCK}. */
    public static Assembly of(Database db) {
        return new Assembly(db, Fixtures.CLOCK, randomKey());
    }

    /** Return the objects whose clock reads 10:00 in Shanghai on {@code today}. */
    public static Assembly on(Database db, LocalDate today) {
        ZoneId zone = ServerTime.ZONE;
        Clock clock = Clock.fixed(today.atStartOfDay(zone).plusHours(10).toInstant(), zone);
        return new Assembly(db, clock, randomKey());
    }

    /** Return the demo data over {@code assembly}'s objects with {@code requestsPerAgency} random requests per invented agency. */
    public static DemoData demoData(Assembly assembly, Database db, int requestsPerAgency) {
        return new DemoData(assembly.clock, assembly.agencies, assembly.agencyProfiles, assembly.users,
                assembly.requests, assembly.publications, assembly.decisionCounts, db.transactions(), requestsPerAgency);
    }

    private static PersonalDataCipher randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new PersonalDataCipher(key);
    }
}
