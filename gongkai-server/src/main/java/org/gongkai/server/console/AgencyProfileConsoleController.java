package org.gongkai.server.console;

import org.gongkai.letter.Remedies;
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
 * The agency's name and profile, for its administrator: what the 政府信息公开指南 and every letter say about
 * the agency, its disclosure office and where its replies can be challenged, and changing it.
 */
@Controller
class AgencyProfileConsoleController {

    static final String PROFILE_VIEW = "console/agency";

    private final AgencyProfileService profiles;
    private final StaffAccounts accounts;

    AgencyProfileConsoleController(AgencyProfileService agencyProfileService, StaffAccounts accounts) {
        this.profiles = agencyProfileService;
        this.accounts = accounts;
    }

    @InitBinder("agencyProfileForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/console/agency")
    String initProfileForm(Authentication auth, Model model) {
        AgencyProfileService.Current current = profiles.current(administrator(auth).agency());
        model.addAttribute("agencyProfileForm", AgencyProfileForm.of(current));
        return page(current, model);
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
            return page(profiles.current(actor.agency()), model);
        } catch (ConflictException e) {
            // Keep what the administrator typed, show what is stored now; saving again replaces that knowingly.
            AgencyProfileService.Current current = profiles.current(actor.agency());
            agencyProfileForm.setReadVersion(current.version());
            model.addAttribute("conflict", true);
            return page(current, model);
        }
        redirect.addFlashAttribute("done", saved.changed().isEmpty() ? "agencyProfile.done.unchanged"
                : "agencyProfile.done.saved");
        return "redirect:/console/agency";
    }

    private static String page(AgencyProfileService.Current current, Model model) {
        model.addAttribute("agency", current.agency());
        model.addAttribute("current", current.values());
        model.addAttribute("hasProfile", current.profile().isPresent());
        model.addAttribute("letterhead", AgencyProfile.letterhead(current.agency().name(), current.profile()));
        model.addAttribute("fields", ProfileField.values());
        model.addAttribute("reviewDays", Remedies.REVIEW_DAYS);
        model.addAttribute("litigationMonths", Remedies.LITIGATION_MONTHS);
        return PROFILE_VIEW;
    }

    private Actor administrator(Authentication auth) {
        return ConsoleAccess.actorWithAny(accounts, auth, Role.ADMIN);
    }
}
