package org.gongkai.server.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.gongkai.report.ReportSection;
import org.gongkai.server.reports.ReportService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.RefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual report in the console: compile a year, read the findings, edit the prose, publish (which
 * locks the year). Administrators and approvers see it; publishing needs the approver role as well.
 */
@Controller
class ReportConsoleController {

    static final String REPORT_VIEW = "console/report";

    private final ReportService reports;
    private final StaffAccounts accounts;
    private final Clock clock;

    ReportConsoleController(ReportService reports, StaffAccounts accounts, Clock clock) {
        this.reports = reports;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/console/reports")
    String show(@RequestParam(required = false) Integer year, Authentication auth, Model model) {
        Actor actor = reportStaff(auth);
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        model.addAttribute("year", y);
        model.addAttribute("mayPublish", actor.roles().contains(Role.APPROVER));
        model.addAttribute("sections", Arrays.stream(ReportSection.values()).filter(ReportSection::isProse).toList());
        try {
            ReportService.ReportDraft draft = reports.draft(actor, actor.agency(), y);
            model.addAttribute("draft", draft);
            model.addAttribute("report", draft.report());
            model.addAttribute("published", draft.published());
        } catch (RefusedException e) {
            model.addAttribute("refusal", e.getMessage());
            model.addAttribute("published", false);
        }
        return REPORT_VIEW;
    }

    @PostMapping("/console/reports/prose")
    String saveProse(@RequestParam int year, @RequestParam long version, @RequestParam Map<String, String> params,
            Authentication auth, RedirectAttributes redirect) {
        Actor actor = reportStaff(auth);
        try {
            Map<ReportSection, String> saved = reports.draft(actor, actor.agency(), year).report().prose();
            long v = version;
            for (ReportSection s : ReportSection.values()) {
                String text = params.get(s.name());
                if (s.isProse() && text != null && !text.strip().equals(saved.getOrDefault(s, "").strip())) {
                    reports.editProse(actor, actor.agency(), year, s, text.strip(), v++);
                }
            }
            redirect.addFlashAttribute("done", "report.done.saved");
        } catch (RefusedException | ConflictException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        redirect.addAttribute("year", year);
        return "redirect:/console/reports";
    }

    @PostMapping("/console/reports/publish")
    String publish(@RequestParam int year, @RequestParam long version, Authentication auth,
            RedirectAttributes redirect) {
        Actor actor = reportStaff(auth);
        ConsoleAccess.requireAny(actor, Role.APPROVER);
        try {
            reports.publish(actor, actor.agency(), year, version);
            redirect.addFlashAttribute("done", "report.done.published");
        } catch (RefusedException | ConflictException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        redirect.addAttribute("year", year);
        return "redirect:/console/reports";
    }

    private Actor reportStaff(Authentication auth) {
        return ConsoleAccess.actorWithAny(accounts, auth, Role.ADMIN, Role.APPROVER);
    }
}
