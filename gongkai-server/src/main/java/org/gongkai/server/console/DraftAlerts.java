package org.gongkai.server.console;

import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every console page the number of the publisher's drafts that are late or nearly late, for the menu. */
@ControllerAdvice(basePackages = "org.gongkai.server.console")
class DraftAlerts {

    private static final String PUBLISHER_AUTHORITY = "ROLE_" + Role.PUBLISHER.name();

    private final StaffAccounts accounts;
    private final DraftDeadlines deadlines;

    DraftAlerts(StaffAccounts accounts, DraftDeadlines deadlines) {
        this.accounts = accounts;
        this.deadlines = deadlines;
    }

    /** Return the counts for a signed-in publisher, or null for anyone else (the menu then shows no count). */
    @ModelAttribute("draftAlerts")
    DraftDeadlines.Counts draftAlerts(Authentication auth) {
        if (auth == null || auth.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(PUBLISHER_AUTHORITY))) {
            return null;
        }
        return deadlines.counts(accounts.actor(auth).agency());
    }
}
