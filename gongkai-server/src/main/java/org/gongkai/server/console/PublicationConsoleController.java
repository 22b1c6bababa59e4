package org.gongkai.server.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.Services;
import org.gongkai.server.publications.StoredPublication;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.RefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Publications in the console: draft, review by a second person and publish, repeal. */
@Controller
class PublicationConsoleController {

    static final String PUBLICATIONS_VIEW = "console/publications";

    private final Services services;
    private final StaffAccounts accounts;
    private final PublicationDrafts drafts;
    private final DraftDeadlines deadlines;
    private final Clock clock;

    PublicationConsoleController(Services services, StaffAccounts accounts, PublicationDrafts drafts,
            DraftDeadlines deadlines, Clock clock) {
        this.services = services;
        this.accounts = accounts;
        this.drafts = drafts;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @InitBinder("publicationForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/console/publications")
    String initDraftForm(Authentication auth, Model model) {
        Actor actor = publisher(auth);
        if (!model.containsAttribute("publicationForm")) {
            model.addAttribute("publicationForm", new PublicationForm());
        }
        return page(actor, model);
    }

    @PostMapping("/console/publications/drafts")
    String processDraftForm(PublicationForm publicationForm, BindingResult result, Authentication auth, Model model,
            RedirectAttributes redirect) {
        Actor actor = publisher(auth);
        if (publicationForm.getTitle() == null || publicationForm.getTitle().isBlank()) {
            result.rejectValue("title", "publication.error.title");
        }
        if (publicationForm.getKind() == null) {
            result.rejectValue("kind", "publication.error.kind");
        }
        if (publicationForm.getArticle20Item() == null || publicationForm.getArticle20Item() < 1
                || publicationForm.getArticle20Item() > 15) {
            result.rejectValue("article20Item", "publication.error.item");
        }
        if (publicationForm.getIssuedOn() == null) {
            result.rejectValue("issuedOn", "publication.error.issuedOn");
        }
        if (result.hasErrors()) {
            return page(actor, model);
        }
        drafts.draft(actor, publicationForm);
        redirect.addFlashAttribute("done", "publication.done.drafted");
        return "redirect:/console/publications";
    }

    @PostMapping("/console/publications/drafts/{id}/publish")
    String publish(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        Actor actor = publisher(auth);
        try {
            drafts.approve(actor, id);
            redirect.addFlashAttribute("done", "publication.done.published");
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/console/publications";
    }

    @PostMapping("/console/publications/{id}/repeal")
    String repeal(@PathVariable String id, Authentication auth, RedirectAttributes redirect) {
        Actor actor = publisher(auth);
        StoredPublication stored = services.publications.get(id);
        ConsoleAccess.requireOwnAgency(actor, stored.publication().agency());
        try {
            services.publications.repeal(actor, id, stored.version(), LocalDate.now(clock), null);
            redirect.addFlashAttribute("done", "publication.done.repealed");
        } catch (RefusedException | ConflictException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/console/publications";
    }

    private Actor publisher(Authentication auth) {
        Actor actor = accounts.actor(auth);
        ConsoleAccess.requireAny(actor, Role.PUBLISHER);
        return actor;
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("drafts", drafts.pending(actor.agency()));
        model.addAttribute("draftDeadlines", deadlines.of(actor.agency()));
        model.addAttribute("suggestions", services.suggestions.forAgency(actor, actor.agency()));
        model.addAttribute("publications", services.publicationRepository.byAgency(actor.agency()));
        model.addAttribute("kinds", PublicationKind.values());
        model.addAttribute("items", IntStream.rangeClosed(1, 15).boxed().toList());
        model.addAttribute("me", actor.username());
        return PUBLICATIONS_VIEW;
    }
}
