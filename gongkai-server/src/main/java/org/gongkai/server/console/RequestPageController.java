package org.gongkai.server.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.gongkai.letter.ReplyVariant;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.Outcome;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.documents.LetterDownloads;
import org.gongkai.server.documents.LetterService;
import org.gongkai.server.requests.RequestTimeline;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.ConsultedParties;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.RequestRoles;
import org.gongkai.server.requests.Registrations;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StoredRequest;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.NotFoundException;
import org.gongkai.server.store.RefusedException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request's page: its events, due date with trace, the applicant (masked; shown in full only on a
 * separate, audited page), and exactly the steps its state allows.
 */
@Controller
class RequestPageController {

    static final String REQUEST_VIEW = "console/request";
    static final String APPLICANT_VIEW = "console/applicant";

    /** The answer-by date the clarification form suggests; the clerk may change it. */
    static final int SUGGESTED_CLARIFICATION_DAYS = 15;

    private final AuditLog audit;
    private final Deadlines deadlines;
    private final LetterService letters;
    private final ConsultedParties consultedParties;
    private final RequestService requests;
    private final StaffAccounts accounts;
    private final Registrations registrations;
    private final TransactionTemplate tx;
    private final Clock clock;

    RequestPageController(AuditLog audit, Deadlines deadlines, LetterService letters, ConsultedParties consultedParties,
            RequestService requests, StaffAccounts accounts, Registrations registrations, TransactionTemplate tx, Clock clock) {
        this.audit = audit;
        this.deadlines = deadlines;
        this.letters = letters;
        this.consultedParties = consultedParties;
        this.requests = requests;
        this.accounts = accounts;
        this.registrations = registrations;
        this.tx = tx;
        this.clock = clock;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/console/requests/{id}")
    String show(@PathVariable String id, Authentication auth, Model model) {
        Actor actor = accounts.actor(auth);
        StoredRequest stored = load(actor, id);
        LocalDate today = LocalDate.now(clock);
        RequestTimeline timeline = RequestTimeline.of(stored, deadlines, today);
        model.addAttribute("stored", stored);
        model.addAttribute("timeline", timeline);
        model.addAttribute("applicant", requests.maskedApplicant(actor, stored));
        model.addAttribute("mayUnmask", RequestRoles.seesApplicant(actor));
        model.addAttribute("actions", RequestAction.allowed(stored.request(), timeline.state(), actor));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("parties", ConsultationParty.values());
        model.addAttribute("variants", ReplyVariant.values());
        model.addAttribute("particulars", RequestAction.particulars());
        model.addAttribute("neededIn", RequestAction.neededParticulars());
        model.addAttribute("today", today);
        model.addAttribute("respondBy", today.plusDays(SUGGESTED_CLARIFICATION_DAYS));
        model.addAttribute("letters", letters.forRequest(id));
        model.addAttribute("consulted", consultedParties.listed(stored.request()));
        return REQUEST_VIEW;
    }

    @GetMapping("/console/requests/{id}/applicant")
    String applicant(@PathVariable String id, Authentication auth, Model model) {
        Actor actor = accounts.actor(auth);
        if (!RequestRoles.seesApplicant(actor)) {
            throw new AccessDeniedException(actor.username() + " may not see applicants in clear");
        }
        StoredRequest stored = load(actor, id);
        Applicant a = tx.execute(status -> {
            audit.append(actor.username(), "APPLICANT_VIEWED", id, "查看申请人完整信息");
            return requests.applicant(actor, stored);
        });
        model.addAttribute("stored", stored);
        model.addAttribute("applicant", a);
        model.addAttribute("extra", registrations.choices(id));
        return APPLICANT_VIEW;
    }

    @GetMapping("/console/requests/{id}/letters/{letterId}.{extension}")
    ResponseEntity<byte[]> letter(@PathVariable String id, @PathVariable String letterId,
            @PathVariable String extension, Authentication auth) {
        load(accounts.actor(auth), id);
        return LetterDownloads.file(letters, letters.forRequest(id), letterId, extension);
    }

    @PostMapping("/console/requests/{id}/{action}")
    String act(@PathVariable String id, @PathVariable String action, RequestActionForm form, Authentication auth,
            RedirectAttributes redirect) {
        Actor actor = accounts.actor(auth);
        RequestAction step = step(action);
        StoredRequest stored = load(actor, id);
        LocalDate today = LocalDate.now(clock);
        if (!RequestAction.allowed(stored.request(), RequestTimeline.of(stored, deadlines, today).state(), actor)
                .contains(step)) {
            throw new AccessDeniedException(actor.username() + " may not " + step + " " + id + " now");
        }
        try {
            step.apply(requests, actor, id, form);
            redirect.addFlashAttribute("done", "request.done." + step.path());
        } catch (RefusedException | ConflictException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/console/requests/{id}";
    }

    private StoredRequest load(Actor actor, String id) {
        ConsoleAccess.requireAny(actor, Role.REGISTRAR, Role.HANDLER, Role.APPROVER, Role.ADMIN);
        StoredRequest stored = requests.get(id);
        ConsoleAccess.requireOwnAgency(actor, stored.request().agency());
        return stored;
    }

    private static RequestAction step(String path) {
        try {
            return RequestAction.valueOf(path.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(path);
        }
    }
}
