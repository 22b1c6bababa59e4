package org.gongkai.server.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.gongkai.server.requests.ApplicationChoices;
import org.gongkai.server.requests.ApplyForm;
import org.gongkai.server.requests.ApplyFormValidator;
import org.gongkai.server.requests.Registrations;
import org.gongkai.server.store.RefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Apply online; the answer is the tracking number and the access code. */
@Controller
class ApplyController {

    static final String APPLY_VIEW = "portal/apply";
    static final String APPLIED_VIEW = "portal/applied";

    private final PortalAgencies agencies;
    private final Registrations applications;
    private final Clock clock;

    ApplyController(PortalAgencies agencies, Registrations applications, Clock clock) {
        this.agencies = agencies;
        this.applications = applications;
        this.clock = clock;
    }

    @InitBinder("applyForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.addValidators(new ApplyFormValidator(LocalDate.now(clock)));
    }

    @ModelAttribute
    void choices(Model model) {
        ApplicationChoices.addTo(model);
    }

    @GetMapping("/agencies/{code}/apply")
    String initApplyForm(@PathVariable String code, Model model) {
        model.addAttribute("agency", agencies.get(code));
        ApplyForm form = new ApplyForm();
        form.setSubmissionKey(UUID.randomUUID().toString());
        model.addAttribute("applyForm", form);
        return APPLY_VIEW;
    }

    @PostMapping("/agencies/{code}/apply")
    String processApplyForm(@PathVariable String code, @Validated ApplyForm applyForm, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("agency", agencies.get(code));
        if (applyForm.getSubmissionKey() == null || applyForm.getSubmissionKey().isBlank()) {
            applyForm.setSubmissionKey(UUID.randomUUID().toString());
        }
        if (result.hasErrors()) {
            return APPLY_VIEW;
        }
        try {
            redirect.addFlashAttribute("receipt", applications.apply(code, applyForm));
        } catch (RefusedException e) {
            result.reject("apply.error.refused");
            return APPLY_VIEW;
        }
        return "redirect:/agencies/{code}/apply/done";
    }

    @GetMapping("/agencies/{code}/apply/done")
    String applied(@PathVariable String code, Model model) {
        model.addAttribute("agency", agencies.get(code));
        if (!model.containsAttribute("receipt")) {
            return "redirect:/agencies/{code}/apply";
        }
        return APPLIED_VIEW;
    }
}
