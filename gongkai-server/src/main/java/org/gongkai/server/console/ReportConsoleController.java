package org.gongkai.server.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.gongkai.report.ReportSection;
import org.gongkai.server.Services;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.RefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The annual report in the console: compile a year, read the findings, edit the prose, publish. */
@Controller
class ReportConsoleController {

    static final String REPORT_VIEW = "console/report";

    private final Services services;
    private final StaffAccounts accounts;
    private final ReportWorkflow reports;
    private final Clock clock;

    ReportConsoleController(Services services, StaffAccounts accounts, ReportWorkflow reports, Clock clock) {
        this.services = services;
        this.accounts = accounts;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/console/reports")
    String show(@RequestParam(required = false) Integer year, Authentication auth, Model model) {
        Actor actor = administrator(auth);
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        model.addAttribute("year", y);
        model.addAttribute("published", services.yearLock.isPublished(actor.agency(), y));
        try {
            model.addAttribute("report", reports.compile(actor.agency(), y));
        } catch (RefusedException e) {
            model.addAttribute("refusal", e.getMessage());
        }
        model.addAttribute("sections", Arrays.stream(ReportSection.values()).filter(ReportSection::isProse).toList());
        return REPORT_VIEW;
    }

    @PostMapping("/console/reports/prose")
    String saveProse(@RequestParam int year, @RequestParam Map<String, String> params, Authentication auth,
            RedirectAttributes redirect) {
        Actor actor = administrator(auth);
        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        for (ReportSection s : ReportSection.values()) {
            if (s.isProse() && params.containsKey(s.name())) {
                texts.put(s, params.get(s.name()));
            }
        }
        try {
            reports.saveProse(actor, year, texts);
            redirect.addFlashAttribute("done", "report.done.saved");
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        redirect.addAttribute("year", year);
        return "redirect:/console/reports";
    }

    @PostMapping("/console/reports/publish")
    String publish(@RequestParam int year, Authentication auth, RedirectAttributes redirect) {
        Actor actor = administrator(auth);
        try {
            reports.publish(actor, year);
            redirect.addFlashAttribute("done", "report.done.published");
        } catch (RefusedException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        redirect.addAttribute("year", year);
        return "redirect:/console/reports";
    }

    private Actor administrator(Authentication auth) {
        Actor actor = accounts.actor(auth);
        ConsoleAccess.requireAny(actor, Role.ADMIN);
        return actor;
    }
}
