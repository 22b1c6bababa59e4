package org.gongkai.server.console;

import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.settings.ClockSettingsService;
import org.gongkai.server.store.RefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's settings of the statutory clock, for its administrators: what is in force, and changing a choice. */
@Controller
class ClockSettingsConsoleController {

    static final String SETTINGS_VIEW = "console/settings";

    private final ClockSettingsService clockSettings;
    private final StaffAccounts accounts;

    ClockSettingsConsoleController(ClockSettingsService clockSettings, StaffAccounts accounts) {
        this.clockSettings = clockSettings;
        this.accounts = accounts;
    }

    @GetMapping("/console/settings")
    String show(Authentication auth, Model model) {
        Actor actor = administrator(auth);
        model.addAttribute("overview", clockSettings.overview(actor, actor.agency()));
        return SETTINGS_VIEW;
    }

    @PostMapping("/console/settings")
    String change(@RequestParam String name, @RequestParam(required = false) String value,
            @RequestParam(required = false) String from, Authentication auth, RedirectAttributes redirect) {
        Actor actor = administrator(auth);
        try {
            redirect.addFlashAttribute("moved", clockSettings.change(actor, actor.agency(), name, value, from));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/console/settings";
    }

    private Actor administrator(Authentication auth) {
        return ConsoleAccess.actorWithAny(accounts, auth, Role.ADMIN);
    }
}
