package org.gongkai.server.console;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** The console's server-side checks: a page or action refused here answers 403. */
final class ConsoleAccess {

    private static final Set<Role> REQUEST_WORK = EnumSet.of(Role.REGISTRAR, Role.HANDLER, Role.APPROVER);

    private ConsoleAccess() {
    }

    /** Return the signed-in staff member, refusing unless they have at least one of {@code roles}. */
    static Actor actorWithAny(StaffAccounts accounts, Authentication auth, Role... roles) {
        Actor actor = accounts.actor(auth);
        requireAny(actor, roles);
        return actor;
    }

    /** Refuse unless the actor has at least one of {@code roles}. */
    static void requireAny(Actor actor, Role... roles) {
        if (Arrays.stream(roles).noneMatch(actor.roles()::contains)) {
            throw new AccessDeniedException(actor.username() + " lacks " + Arrays.toString(roles));
        }
    }

    /** Refuse unless the record belongs to the actor's own agency. */
    static void requireOwnAgency(Actor actor, String agency) {
        if (actor.agency() == null || !actor.agency().equals(agency)) {
            throw new AccessDeniedException(actor.username() + " is not of " + agency);
        }
    }

    /** Return whether the actor works on requests (and so has an inbox). */
    static boolean handles(Actor actor) {
        return actor.hasAny(REQUEST_WORK);
    }
}
