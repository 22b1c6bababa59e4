package org.gongkai.server.console;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.appeal.AppealResult;
import org.gongkai.server.appeals.AppealService;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.RefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 表四 register for its keepers (承办人, 管理员): the reviews and lawsuits filed in a year, registering one,
 * recording its result, and correcting it with a reason.
 */
@Controller
class AppealConsoleController {

    static final String LIST_VIEW = "console/appeals";
    static final String APPEAL_VIEW = "console/appeal";

    private final AppealService appeals;
    private final AuditLog audit;
    private final StaffAccounts accounts;
    private final Clock clock;

    AppealConsoleController(AppealService appeals, AuditLog audit, StaffAccounts accounts, Clock clock) {
        this.appeals = appeals;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/console/appeals")
    String list(@RequestParam(required = false) Integer year, Authentication auth, Model model) {
        Actor actor = keeper(auth);
        return listPage(actor, year == null ? LocalDate.now(clock).getYear() : year, AppealEntry.blank(), model);
    }

    @PostMapping("/console/appeals")
    String register(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String filedOn,
            @RequestParam(defaultValue = "") String request, @RequestParam(defaultValue = "") String caseNumber,
            @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "false") boolean coDefendant,
            @RequestParam(required = false) String amendmentReason, Authentication auth, Model model,
            RedirectAttributes redirect) {
        Actor actor = keeper(auth);
        AppealEntry entry = new AppealEntry(kind, filedOn, request, caseNumber, body, coDefendant);
        Appeal registered;
        try {
            registered = appeals.register(actor, actor.agency(), entry.details(), amendmentReason);
        } catch (RefusedException e) {
            model.addAttribute("refusal", e.getMessage());
            return listPage(actor, LocalDate.now(clock).getYear(), entry, model);
        }
        redirect.addFlashAttribute("done", "appeals.done.registered");
        return "redirect:/console/appeals/" + registered.id();
    }

    @GetMapping("/console/appeals/{id}")
    String show(@PathVariable String id, Authentication auth, Model model) {
        Actor actor = keeper(auth);
        Appeal appeal = own(actor, id);
        return appealPage(appeal, AppealEntry.of(appeal), model);
    }

    @PostMapping("/console/appeals/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(defaultValue = "") String result,
            @RequestParam(defaultValue = "") String decidedOn, @RequestParam long readVersion,
            @RequestParam(required = false) String amendmentReason, Authentication auth, RedirectAttributes redirect) {
        Actor actor = keeper(auth);
        own(actor, id);
        try {
            appeals.decide(actor, id, readVersion, AppealEntry.result(result), AppealEntry.date("审结日期", decidedOn),
                    amendmentReason);
            redirect.addFlashAttribute("done", "appeals.done.decided");
        } catch (RefusedException | ConflictException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/console/appeals/" + id;
    }

    @PostMapping("/console/appeals/{id}")
    String edit(@PathVariable String id, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String filedOn, @RequestParam(defaultValue = "") String request,
            @RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "false") boolean coDefendant, @RequestParam long readVersion,
            @RequestParam(defaultValue = "") String reason, Authentication auth, Model model,
            RedirectAttributes redirect) {
        Actor actor = keeper(auth);
        Appeal appeal = own(actor, id);
        AppealEntry entry = new AppealEntry(kind, filedOn, request, caseNumber, body, coDefendant);
        try {
            appeals.edit(actor, id, readVersion, entry.details(), reason);
        } catch (RefusedException | ConflictException e) {
            model.addAttribute("refusal", e.getMessage());
            return appealPage(appeal, entry, model);
        }
        redirect.addFlashAttribute("done", "appeals.done.edited");
        return "redirect:/console/appeals/" + id;
    }

    private String listPage(Actor actor, int year, AppealEntry entry, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("appeals", appeals.filedIn(actor.agency(), year));
        model.addAttribute("entry", entry);
        model.addAttribute("kinds", AppealKind.values());
        return LIST_VIEW;
    }

    private String appealPage(Appeal appeal, AppealEntry entry, Model model) {
        model.addAttribute("appeal", appeal);
        model.addAttribute("version", appeals.version(appeal.id()));
        model.addAttribute("entry", entry);
        model.addAttribute("kinds", AppealKind.values());
        model.addAttribute("results", AppealResult.values());
        model.addAttribute("history", audit.about(appeal.id()));
        return APPEAL_VIEW;
    }

    private Appeal own(Actor actor, String id) {
        Appeal appeal = appeals.find(id);
        ConsoleAccess.requireOwnAgency(actor, appeal.agency());
        return appeal;
    }

    private Actor keeper(Authentication auth) {
        return ConsoleAccess.actorWithAny(accounts, auth, Role.HANDLER, Role.ADMIN);
    }
}
