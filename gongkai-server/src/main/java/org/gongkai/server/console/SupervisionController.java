package org.gongkai.server.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.agency.Agency;
import org.gongkai.report.Finding;
import org.gongkai.request.RequestState;
import org.gongkai.server.agencies.AgencyDirectory;
import org.gongkai.server.reports.ReportService;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.RequestSummary;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.store.RefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The supervisor's table of its descendant agencies; read-only. */
@Controller
class SupervisionController {

    static final String SUPERVISION_VIEW = "console/supervision";
    private static final int LIMIT = 100_000;

    /**
     * One agency's row.
     *
     * @param onTimeRate percentage of this year's closed requests closed on time, or null when none closed
     */
    record Row(Agency agency, long open, long overdue, Integer onTimeRate, boolean reportPublished, long errors,
            long warnings) {
    }

    private final AgencyDirectory agencies;
    private final RequestService requestService;
    private final YearLock yearLock;
    private final ReportService reports;
    private final StaffAccounts accounts;
    private final Clock clock;

    SupervisionController(AgencyDirectory agencies, RequestService requestService, YearLock yearLock,
            ReportService reports, StaffAccounts accounts, Clock clock) {
        this.agencies = agencies;
        this.requestService = requestService;
        this.yearLock = yearLock;
        this.reports = reports;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/console/supervision")
    String table(Authentication auth, Model model) {
        Actor actor = ConsoleAccess.actorWithAny(accounts, auth, Role.SUPERVISOR);
        LocalDate today = LocalDate.now(clock);
        int reportYear = today.getYear() - 1;
        List<Row> rows = new ArrayList<>();
        for (Agency agency : descendants(actor.agency())) {
            rows.add(row(agency, today, reportYear));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("reportYear", reportYear);
        return SUPERVISION_VIEW;
    }

    private Row row(Agency agency, LocalDate today, int reportYear) {
        List<RequestSummary> requests = requestService.forSupervision(agency.code(), LIMIT);
        long open = requests.stream().filter(r -> !closed(r.state())).count();
        long overdue = requests.stream().filter(r -> r.state() == RequestState.OVERDUE).count();
        List<RequestSummary> closedThisYear = requests.stream().filter(r -> closed(r.state()))
                .filter(r -> r.receivedOn().getYear() == today.getYear()).toList();
        long onTime = closedThisYear.stream().filter(r -> r.state() == RequestState.CLOSED_ON_TIME).count();
        Integer rate = closedThisYear.isEmpty() ? null : (int) Math.round(100.0 * onTime / closedThisYear.size());
        List<Finding> findings = findings(agency.code(), reportYear);
        long errors = findings.stream().filter(Finding::isError).count();
        return new Row(agency, open, overdue, rate, yearLock.isPublished(agency.code(), reportYear), errors,
                findings.size() - errors);
    }

    private List<Finding> findings(String agency, int year) {
        try {
            return reports.compile(agency, year).findings();
        } catch (RefusedException e) {
            return List.of();
        }
    }

    private List<Agency> descendants(String root) {
        Set<String> inside = new HashSet<>(Set.of(root));
        List<Agency> below = new ArrayList<>();
        for (Agency a : agencies.all()) {
            if (a.parent().isPresent() && inside.contains(a.parent().get())) {
                inside.add(a.code());
                below.add(a);
            }
        }
        return below;
    }

    private static boolean closed(RequestState s) {
        return s == RequestState.CLOSED_ON_TIME || s == RequestState.CLOSED_LATE;
    }
}
