package org.gongkai.server.console;

import java.util.Arrays;
import org.gongkai.letter.LetterTemplate;
import org.gongkai.letter.LetterType;
import org.gongkai.letter.LetterVariable;
import org.gongkai.letter.TemplateException;
import org.gongkai.server.documents.LetterTemplateService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's letter templates, for its administrator: the version in force of each letter type, a
 * template's text and versions, editing with a check and a preview from invented facts, saving as a new
 * version, and going back to the bundled default.
 */
@Controller
class LetterTemplateConsoleController {

    static final String LIST_VIEW = "console/letter-templates";
    static final String TEMPLATE_VIEW = "console/letter-template";

    private final LetterTemplateService templates;
    private final StaffAccounts accounts;

    LetterTemplateConsoleController(LetterTemplateService letterTemplates, StaffAccounts accounts) {
        this.templates = letterTemplates;
        this.accounts = accounts;
    }

    @InitBinder("letterTemplateForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/console/letters")
    String list(Authentication auth, Model model) {
        Actor actor = administrator(auth);
        model.addAttribute("templates", templates.inForce(actor.agency()));
        return LIST_VIEW;
    }

    @GetMapping("/console/letters/{typeId}")
    String initTemplateForm(@PathVariable String typeId, @RequestParam(required = false) Integer version,
            Authentication auth, Model model) {
        Actor actor = administrator(auth);
        LetterType type = type(typeId);
        LetterTemplate shown = version == null ? templates.current(actor.agency(), type)
                : templates.version(actor.agency(), type, version).orElseThrow(() -> new NotFoundException(
                        typeId + "@" + version));
        LetterTemplateForm form = new LetterTemplateForm();
        form.setSource(shown.source());
        model.addAttribute("letterTemplateForm", form);
        model.addAttribute("shown", shown.ref());
        return page(actor, type, model);
    }

    @PostMapping("/console/letters/{typeId}/preview")
    String preview(@PathVariable String typeId, LetterTemplateForm letterTemplateForm, BindingResult result,
            Authentication auth, Model model) {
        Actor actor = administrator(auth);
        LetterType type = type(typeId);
        try {
            model.addAttribute("preview", templates.preview(actor.agency(), type, text(letterTemplateForm)));
        } catch (TemplateException e) {
            reject(result, e);
        }
        return page(actor, type, model);
    }

    @PostMapping("/console/letters/{typeId}")
    String processTemplateForm(@PathVariable String typeId, LetterTemplateForm letterTemplateForm,
            BindingResult result, Authentication auth, Model model, RedirectAttributes redirect) {
        Actor actor = administrator(auth);
        LetterType type = type(typeId);
        try {
            templates.save(actor, actor.agency(), type, text(letterTemplateForm));
            redirect.addFlashAttribute("done", "letterTemplate.done.saved");
        } catch (TemplateException e) {
            reject(result, e);
            return page(actor, type, model);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/console/letters/{typeId}";
    }

    @PostMapping("/console/letters/{typeId}/default")
    String restoreDefault(@PathVariable String typeId, Authentication auth, RedirectAttributes redirect) {
        Actor actor = administrator(auth);
        try {
            templates.restoreDefault(actor, actor.agency(), type(typeId));
            redirect.addFlashAttribute("done", "letterTemplate.done.restored");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/console/letters/{typeId}";
    }

    private String page(Actor actor, LetterType type, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("current", templates.current(actor.agency(), type).ref());
        model.addAttribute("history", templates.history(actor.agency(), type));
        model.addAttribute("variables", Arrays.stream(LetterVariable.values()).filter(v -> v.isAllowedIn(type)).toList());
        return TEMPLATE_VIEW;
    }

    private static String text(LetterTemplateForm form) {
        return form.getSource() == null ? "" : form.getSource();
    }

    private static void reject(BindingResult result, TemplateException e) {
        result.rejectValue("source", "letterTemplate.invalid", new Object[] {e.getMessage()}, e.getMessage());
    }

    private static LetterType type(String typeId) {
        return LetterType.byId(typeId).orElseThrow(() -> new NotFoundException(typeId));
    }

    private Actor administrator(Authentication auth) {
        return ConsoleAccess.actorWithAny(accounts, auth, Role.ADMIN);
    }
}
