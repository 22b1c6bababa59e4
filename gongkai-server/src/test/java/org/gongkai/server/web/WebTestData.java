package org.gongkai.server.web;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.gongkai.agency.Agency;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.security.UserRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.Fixtures;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The web tests' world: a fixed clock (Monday 2 June 2025), agency A with agency B below it, and one
 * account per role, all with {@link #PASSWORD}. Created once per Spring context.
 */
@TestConfiguration
public class WebTestData {

    public static final String A = Fixtures.AGENCY;
    public static final String B = Fixtures.OTHER_AGENCY;
    public static final String PASSWORD = "test-password";

    @Bean
    @Primary
    Clock fixedClock() {
        return Fixtures.CLOCK;
    }

    @Bean
    Accounts accounts(AgencyRepository agencies, UserRepository users, StaffAccounts staff) {
        return new Accounts(agencies, users, staff);
    }

    /** Creates the agencies and accounts when the context starts. */
    public static final class Accounts {

        Accounts(AgencyRepository agencies, UserRepository users, StaffAccounts staff) {
            agencies.insert(new Agency(A, "测试市人民政府办公室", Optional.empty()));
            agencies.insert(new Agency(B, "测试市某局", Optional.of(A)));
            user(users, staff, "registrar-a", A, Role.REGISTRAR);
            user(users, staff, "handler-a", A, Role.HANDLER);
            user(users, staff, "clerk-a", A, Role.REGISTRAR, Role.HANDLER);
            user(users, staff, "head-a", A, Role.HANDLER, Role.APPROVER);
            user(users, staff, "editor-a", A, Role.PUBLISHER);
            user(users, staff, "publisher-a", A, Role.PUBLISHER);
            user(users, staff, "admin-a", A, Role.ADMIN, Role.APPROVER);
            user(users, staff, "manager-a", A, Role.ADMIN);
            user(users, staff, "supervisor-a", A, Role.SUPERVISOR);
            user(users, staff, "clerk-b", B, Role.REGISTRAR, Role.HANDLER);
        }

        private static void user(UserRepository users, StaffAccounts staff, String name, String agency, Role... roles) {
            users.insert(name, name, agency, Set.of(roles));
            staff.setPassword(name, PASSWORD);
        }
    }
}
