package org.gongkai.server.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gongkai.calendar.WorkCalendar;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.RequestState;
import org.gongkai.server.calendar.CalendarService;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.RequestSummary;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox: the agency's open requests by due date, the urgent ones marked, with filters. */
@Controller
class InboxController {

    static final String INBOX_VIEW = "console/inbox";
    static final int DUE_SOON_WORKING_DAYS = 5;
    private static final int LIMIT = 2000;

    /** One inbox line: the request and how urgent it is. */
    record Line(RequestSummary request, boolean overdue, boolean dueSoon, int workingDaysLeft) {
    }

    private final RequestService requests;
    private final StaffAccounts accounts;
    private final CalendarService calendar;
    private final Clock clock;

    InboxController(RequestService requests, StaffAccounts accounts, CalendarService calendar, Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/console")
    String inbox(Authentication auth, @RequestParam(required = false) RequestState state,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) ApplicantType applicantType,
            @RequestParam(required = false) String handler, Model model) {
        Actor actor = accounts.actor(auth);
        if (!ConsoleAccess.handles(actor)) {
            return actor.roles().contains(Role.SUPERVISOR) ? "redirect:/console/supervision"
                    : actor.roles().contains(Role.PUBLISHER) ? "redirect:/console/publications"
                    : "redirect:/console/reports";
        }
        LocalDate today = LocalDate.now(clock);
        WorkCalendar workCalendar = calendar.calendar();
        Set<String> handled = handler == null || handler.isBlank() ? null
                : requests.handledBy(actor, actor.agency(), handler);
        List<Line> lines = requests.list(actor, actor.agency(), LIMIT).stream()
                .filter(r -> r.state() != RequestState.CLOSED_ON_TIME && r.state() != RequestState.CLOSED_LATE)
                .filter(r -> state == null || r.state() == state)
                .filter(r -> channel == null || r.channel() == channel)
                .filter(r -> applicantType == null || r.applicantType() == applicantType)
                .filter(r -> handled == null || handled.contains(r.id()))
                .sorted(Comparator.comparing(RequestSummary::dueOn).thenComparing(RequestSummary::id))
                .map(r -> line(r, today, workCalendar))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("states", List.of(RequestState.OPEN, RequestState.OVERDUE, RequestState.WAITING_ON_APPLICANT,
                RequestState.IN_CONSULTATION, RequestState.AWAITING_PAYMENT));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("state", state);
        model.addAttribute("channel", channel);
        model.addAttribute("applicantType", applicantType);
        model.addAttribute("handlers", accounts.withRole(actor.agency(), Role.HANDLER));
        model.addAttribute("handler", handler);
        return INBOX_VIEW;
    }

    private static Line line(RequestSummary r, LocalDate today, WorkCalendar calendar) {
        boolean overdue = r.state() == RequestState.OVERDUE;
        int left = overdue || r.dueOn().isBefore(today) ? 0 : calendar.workingDaysBetween(today, r.dueOn(), r.agency());
        return new Line(r, overdue, !overdue && left <= DUE_SOON_WORKING_DAYS, left);
    }
}
