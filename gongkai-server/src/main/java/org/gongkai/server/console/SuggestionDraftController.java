package org.gongkai.server.console;

import org.gongkai.server.publications.ProactiveSuggestions;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 第四十四条: start a draft from a suggestion, its title and 文号 filled in from what the replies named. */
@Controller
class SuggestionDraftController {

    private final ProactiveSuggestions suggestions;
    private final StaffAccounts accounts;

    SuggestionDraftController(ProactiveSuggestions suggestions, StaffAccounts accounts) {
        this.suggestions = suggestions;
        this.accounts = accounts;
    }

    @GetMapping("/console/publications/suggestions/draft")
    String draftFromSuggestion(@RequestParam String key, Authentication auth, RedirectAttributes redirect) {
        Actor actor = ConsoleAccess.actorWithAny(accounts, auth, Role.PUBLISHER);
        ProactiveSuggestions.Suggestion suggestion = suggestions.find(actor, actor.agency(), key)
                .orElseThrow(() -> new NotFoundException(key));
        PublicationForm form = new PublicationForm();
        form.setTitle(suggestion.title().orElse(null));
        form.setDocumentNumber(suggestion.documentNumber().orElse(null));
        redirect.addFlashAttribute("publicationForm", form);
        redirect.addFlashAttribute("done", "publication.done.prefilled");
        return "redirect:/console/publications";
    }
}
