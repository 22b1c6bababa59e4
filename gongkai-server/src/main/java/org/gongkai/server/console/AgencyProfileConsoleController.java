package org.gongkai.server.console;

import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.letter.Remedies;
import org.gongkai.server.Services;
import org.gongkai.server.agencies.AgencyProfile;
import org.gongkai.server.agencies.AgencyProfileService;
import org.gongkai.server.agencies.InvalidProfileException;
import org.gongkai.server.agencies.ProfileField;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.ConflictException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's profile, for its administrator: what the 政府信息公开指南 and every letter say about the
 * agency's disclosure office and where its replies can be challenged, and changing it.
 */
@Controller
class AgencyProfileConsoleController {

    static final String PROFILE_VIEW = "console/agency";

    private final Services services;
    private final AgencyProfileService profiles;
    private final StaffAccounts accounts;

    AgencyProfileConsoleController(Services services, StaffAccounts accounts) {
        this.services = services;
        this.profiles = services.agencyProfileService;
        this.accounts = accounts;
    }

    @InitBinder("agencyProfileForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/console/agency")
    String initProfileForm(Authentication auth, Model model) {
        Actor actor = administrator(auth);
        Optional<AgencyProfile> stored = profiles.find(actor.agency());
        model.addAttribute("agencyProfileForm", AgencyProfileForm.of(stored));
        return page(actor, stored, model);
    }

    @PostMapping("/console/agency")
    String processProfileForm(AgencyProfileForm agencyProfileForm, BindingResult result, Authentication auth,
            Model model, RedirectAttributes redirect) {
        Actor actor = administrator(auth);
        AgencyProfileService.Saved saved;
        try {
            saved = profiles.save(actor, actor.agency(), agencyProfileForm.values(), agencyProfileForm.getReadVersion());
        } catch (InvalidProfileException e) {
            e.problems().forEach((field, problem) -> result.rejectValue(field.property(), "agencyProfile.invalid",
                    new Object[] {problem}, problem));
            return page(actor, profiles.find(actor.agency()), model);
        } catch (ConflictException e) {
            // Keep what the administrator typed, show what is stored now; saving again replaces that knowingly.
            Optional<AgencyProfile> stored = profiles.find(actor.agency());
            agencyProfileForm.setReadVersion(AgencyProfileService.version(stored));
            model.addAttribute("conflict", true);
            return page(actor, stored, model);
        }
        redirect.addFlashAttribute("done", saved.changed().isEmpty() ? "agencyProfile.done.unchanged"
                : "agencyProfile.done.saved");
        return "redirect:/console/agency";
    }

    private String page(Actor actor, Optional<AgencyProfile> stored, Model model) {
        Agency agency = services.agencies.get(actor.agency());
        model.addAttribute("agency", agency);
        model.addAttribute("profile", stored.orElse(null));
        model.addAttribute("letterhead", AgencyProfile.letterhead(agency.name(), stored));
        model.addAttribute("fields", ProfileField.values());
        model.addAttribute("reviewDays", Remedies.REVIEW_DAYS);
        model.addAttribute("litigationMonths", Remedies.LITIGATION_MONTHS);
        return PROFILE_VIEW;
    }

    private Actor administrator(Authentication auth) {
        return ConsoleAccess.actorWithAny(accounts, auth, Role.ADMIN);
    }
}
