package org.gongkai.server.demo;

import java.util.Set;
import org.gongkai.agency.Agency;
import org.gongkai.server.agencies.AgencyProfileRepository;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.security.UserRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the demo data usable in the browser: adds the demo accounts of the roles besides request work (the
 * registrars, handlers and heads come with {@code DemoData}), gives every demo account
 * without a password the invented demo password, and fills in the guide's contact facts (all invented).
 * Runs after the demo data is loaded, only when the demo is on ({@link DemoEnabled}).
 */
@Component
@Conditional(DemoEnabled.class)
class DemoLogins {

    static final String PASSWORD = "gongkai-demo";
    private static final String DEPARTMENT = "JL-JYJ";
    private static final String CITY = "JL-SZFB";

    private final AgencyRepository agencies;
    private final AgencyProfileRepository agencyProfiles;
    private final UserRepository users;
    private final StaffAccounts accounts;
    private final TransactionTemplate tx;

    DemoLogins(AgencyRepository agencies, AgencyProfileRepository agencyProfiles, UserRepository users,
            StaffAccounts accounts, TransactionTemplate tx) {
        this.agencies = agencies;
        this.agencyProfiles = agencyProfiles;
        this.users = users;
        this.accounts = accounts;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (agencies.find(DEPARTMENT).isEmpty() || agencies.find(CITY).isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            account("editor-jl-jyj", "方雅琪（信息发布员，起草）", DEPARTMENT, Role.PUBLISHER);
            account("publisher-jl-jyj", "曹思远（信息发布员，审核）", DEPARTMENT, Role.PUBLISHER);
            account("admin-jl-jyj", "唐嘉禾（管理员）", DEPARTMENT, Role.ADMIN, Role.APPROVER);
            account("supervisor-jl-szfb", "魏秋实（上级监督）", CITY, Role.SUPERVISOR);
            for (String username : users.withoutPassword()) {
                accounts.setPassword(username, PASSWORD);
            }
            for (Agency agency : agencies.all()) {
                profile(agency);
            }
        });
    }

    private void account(String username, String displayName, String agency, Role... roles) {
        if (users.actor(username).isEmpty()) {
            users.insert(username, displayName, agency, Set.of(roles));
        }
    }

    private void profile(Agency agency) {
        if (agencyProfiles.find(agency.code()).isEmpty()) {
            agencyProfiles.save(agency.code(), DemoProfiles.of(agency));
        }
    }
}
