package org.gongkai.server.console;

import java.security.Principal;
import org.gongkai.server.Services;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every console page the number of the publisher's drafts that are late or nearly late, for the menu. */
@ControllerAdvice(basePackages = "org.gongkai.server.console")
class DraftAlerts {

    private final Services services;
    private final DraftDeadlines deadlines;

    DraftAlerts(Services services, DraftDeadlines deadlines) {
        this.services = services;
        this.deadlines = deadlines;
    }

    /** Return the counts for a signed-in publisher, or null for anyone else (the menu then shows no count). */
    @ModelAttribute("draftAlerts")
    DraftDeadlines.Counts draftAlerts(Principal principal) {
        if (principal == null) {
            return null;
        }
        Actor actor = services.users.actor(principal.getName()).orElse(null);
        if (actor == null || actor.agency() == null || !actor.roles().contains(Role.PUBLISHER)) {
            return null;
        }
        return deadlines.counts(actor.agency());
    }
}
