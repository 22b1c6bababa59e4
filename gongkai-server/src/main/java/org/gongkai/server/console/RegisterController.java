package org.gongkai.server.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.gongkai.request.ClockSettings;
import org.gongkai.request.ReceiptDateRule;
import org.gongkai.server.requests.ApplicationChoices;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.Registrations;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StoredRequest;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.RefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 登记申请: a registrar enters an application that arrived on paper, by letter, fax, e-mail or in person, for
 * the registrar's own agency. The receipt date follows the channel (第三十一条); the 登记回执 is issued as for
 * every registration.
 */
@Controller
class RegisterController {

    static final String REGISTER_VIEW = "console/register";

    /** What the request's page tells the registrar once: the number, the due date and the applicant's access code. */
    /** {@code receiptWarning} is what the receipt facts show against 第三十一条 (empty when nothing), to check at once. */
    record Registered(String trackingNumber, LocalDate dueOn, String accessCode, String receiptWarning) {
    }

    private final Deadlines deadlines;
    private final RequestService requests;
    private final Registrations applications;
    private final StaffAccounts accounts;
    private final Clock clock;

    RegisterController(Deadlines deadlines, RequestService requests, Registrations applications,
            StaffAccounts accounts, Clock clock) {
        this.deadlines = deadlines;
        this.requests = requests;
        this.applications = applications;
        this.accounts = accounts;
        this.clock = clock;
    }

    @InitBinder("registerForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("channels", ReceiptDateFields.CHANNELS);
        ApplicationChoices.addTo(model);
    }

    @GetMapping("/console/requests/new")
    String form(Authentication auth, Model model) {
        Actor actor = registrar(auth);
        RegisterForm form = new RegisterForm();
        form.setSubmissionKey(UUID.randomUUID().toString());
        model.addAttribute("registerForm", form);
        model.addAttribute("dateUses", ReceiptDateFields.uses(settings(actor)));
        return REGISTER_VIEW;
    }

    @PostMapping("/console/requests/new")
    String register(RegisterForm registerForm, BindingResult result, Authentication auth, Model model,
            RedirectAttributes redirect) {
        Actor actor = registrar(auth);
        ClockSettings settings = settings(actor);
        model.addAttribute("dateUses", ReceiptDateFields.uses(settings));
        if (registerForm.getSubmissionKey() == null || registerForm.getSubmissionKey().isBlank()) {
            registerForm.setSubmissionKey(UUID.randomUUID().toString());
        }
        new RegisterFormValidator(settings, LocalDate.now(clock)).validate(registerForm, result);
        if (result.hasErrors()) {
            return REGISTER_VIEW;
        }
        Registrations.Receipt receipt;
        try {
            receipt = applications.register(actor, actor.agency(), registerForm.getChannel(), registerForm.facts(),
                    registerForm);
        } catch (RefusedException e) {
            result.reject("register.error.refused", new Object[] {e.getMessage()}, null);
            return REGISTER_VIEW;
        }
        StoredRequest stored = requests.get(receipt.trackingNumber());
        String warning = ReceiptDateRule.decide(registerForm.getChannel(), registerForm.facts(), settings).warning().orElse("");
        redirect.addFlashAttribute("registered", new Registered(receipt.trackingNumber(),
                stored.projection().dueOn(), receipt.accessCode(), warning));
        redirect.addAttribute("id", receipt.trackingNumber());
        return "redirect:/console/requests/{id}";
    }

    private Actor registrar(Authentication auth) {
        return ConsoleAccess.actorWithAny(accounts, auth, Role.REGISTRAR);
    }

    private ClockSettings settings(Actor actor) {
        return deadlines.settings(actor.agency(), LocalDate.now(clock));
    }
}
