package org.gongkai.server.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.gongkai.agency.Agency;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.time.ServerTime;

/** Shared facts for service tests: a fixed clock, two agencies, a registrar, a handler, a clerk who is both, and an approver. */
public final class Fixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T02:00:00Z"), ServerTime.ZONE);
    public static final String AGENCY = "TEST-A";
    public static final String OTHER_AGENCY = "TEST-B";
    public static final Actor REGISTRAR = new Actor("registrar", AGENCY, Set.of(Role.REGISTRAR));
    public static final Actor HANDLER = new Actor("handler", AGENCY, Set.of(Role.HANDLER));
    /** A small office's clerk, who both registers and handles. */
    public static final Actor CLERK = new Actor("clerk", AGENCY, Set.of(Role.REGISTRAR, Role.HANDLER));
    /** The head of the office, who may also register and handle (as the former clerk + approver). */
    public static final Actor APPROVER = new Actor("head", AGENCY, Set.of(Role.REGISTRAR, Role.HANDLER, Role.APPROVER));
    public static final Actor OTHER_CLERK = new Actor("other", OTHER_AGENCY, Set.of(Role.REGISTRAR, Role.HANDLER));

    private Fixtures() {
    }

    /** Insert the two test agencies. */
    public static void agencies(Database db) {
        AgencyRepository agencies = new AgencyRepository(db.jdbc());
        agencies.insert(new Agency(AGENCY, "测试市人民政府办公室", Optional.empty()));
        agencies.insert(new Agency(OTHER_AGENCY, "测试市某局", Optional.of(AGENCY)));
    }
}
