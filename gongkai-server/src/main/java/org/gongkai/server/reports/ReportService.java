package org.gongkai.server.reports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.dataset.Dataset;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportSection;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.report.render.ReportJson;
import org.gongkai.report.rules.ReportRules;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.appeals.AppealRepository;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.requests.Deadlines;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.RefusedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The annual report of an agency and year: compiled from the stored facts by the core's compiler, with the
 * prose staff wrote, checked by the report rules, published as a frozen version that locks the year.
 * Amendments made to a published year are listed in section 六 of every later version.
 */
public final class ReportService {

    /** The report as it stands now, whether it is published, and the version an edit must name. */
    public record ReportDraft(AnnualReport report, boolean published, long version,
            List<ReportRepository.Amendment> amendments) {
    }

    private final AgencyRepository agencies;
    private final RequestRepository requests;
    private final PublicationRepository publications;
    private final DecisionCountsRepository decisionCounts;
    private final AppealRepository appeals;
    private final ReportRepository reports;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    public ReportService(AgencyRepository agencies, RequestRepository requests, PublicationRepository publications,
            DecisionCountsRepository decisionCounts, AppealRepository appeals, ReportRepository reports,
            Deadlines deadlines, AuditLog audit, Clock clock, TransactionTemplate tx) {
        this.agencies = agencies;
        this.requests = requests;
        this.publications = publications;
        this.decisionCounts = decisionCounts;
        this.appeals = appeals;
        this.reports = reports;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /** Return the years of which an agency has published a report, newest first. */
    public List<Integer> publishedYears(String agency) {
        return reports.publishedYears(agency);
    }

    /** Return the newest published version of an agency's report for a year, as report JSON. */
    public Optional<String> latestPublished(String agency, int year) {
        return reports.latestPublished(agency, year);
    }

    /**
     * Compile the agency's report for {@code year} from the database alone: only the records that can
     * count for that year are read (requests open at some point of the year, the agency's publications,
     * its decision counts and appeals).
     */
    public AnnualReport compile(String agency, int year) {
        return tx.execute(status -> {
            Agency a = agencies.get(agency);
            Dataset facts = new Dataset(List.of(new Agency(a.code(), a.name(), Optional.empty())),
                    requests.forReport(agency, year), publications.byAgency(agency),
                    decisionCounts.find(agency, year).stream().toList(),
                    appeals.byAgency(agency));
            try {
                return ReportCompiler.of(facts, deadlines::clock).compile(agency, year);
            } catch (IllegalArgumentException e) {
                throw new RefusedException(e.getMessage());
            }
        });
    }

    /** Return the report with the staff's prose and the amendments, checked by the report rules. */
    public ReportDraft draft(Actor actor, String agency, int year) {
        actor.requireAgency(agency);
        return tx.execute(status -> {
            AnnualReport report = compile(agency, year);
            for (Map.Entry<ReportSection, String> prose : reports.prose(agency, year).entrySet()) {
                report = report.withProse(prose.getKey(), prose.getValue());
            }
            List<ReportRepository.Amendment> amendments = reports.amendments(agency, year);
            if (!amendments.isEmpty()) {
                report = report.withProse(ReportSection.OTHER_MATTERS,
                        report.prose().getOrDefault(ReportSection.OTHER_MATTERS, "") + amendmentNote(amendments));
            }
            report = report.withFindings(ReportRules.check(report));
            ReportRepository.ReportState state = reports.state(agency, year);
            return new ReportDraft(report, state.published(), state.version(), amendments);
        });
    }

    /** Replace one prose section (一, 五 or 六) of the draft; {@code expectedVersion} is the version the clerk saw. */
    public void editProse(Actor actor, String agency, int year, ReportSection section, String text,
            long expectedVersion) {
        actor.requireAgency(agency);
        if (!section.isProse()) {
            throw new RefusedException(section.heading() + " 是统计表，由系统根据数据生成，不能手工填写。");
        }
        tx.executeWithoutResult(status -> {
            ReportRepository.ReportState state = reports.state(agency, year);
            if (!reports.bump(agency, year, expectedVersion, state.published())) {
                throw new ConflictException(agency + " 的 " + year + " 年度报告");
            }
            reports.saveProse(agency, year, section, text);
            audit.append(actor.username(), "REPORT_PROSE_EDITED", agency + "/" + year, section.heading());
        });
    }

    /**
     * Publish the report: refused while a rule finds an error; stores the version as JSON and locks the year.
     * Publishing again after amendments stores a new version that lists them.
     */
    public int publish(Actor actor, String agency, int year, long expectedVersion) {
        actor.require(Role.APPROVER);
        return tx.execute(status -> {
            ReportDraft draft = draft(actor, agency, year);
            List<Finding> errors = draft.report().findings().stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                throw new RefusedException("报告还有 " + errors.size() + " 处错误，不能发布：" + errors.get(0).message());
            }
            if (!reports.bump(agency, year, expectedVersion, true)) {
                throw new ConflictException(agency + " 的 " + year + " 年度报告");
            }
            int revision = reports.addVersion(agency, year, ReportJson.write(draft.report()), actor.username(),
                    OffsetDateTime.now(clock));
            audit.append(actor.username(), "REPORT_PUBLISHED", agency + "/" + year, "第 " + revision + " 版");
            return revision;
        });
    }

    private static String amendmentNote(List<ReportRepository.Amendment> amendments) {
        StringBuilder note = new StringBuilder("\n\n本报告发布后对本年度数据作了以下更正：");
        int i = 1;
        for (ReportRepository.Amendment a : amendments) {
            note.append("\n").append(i++).append(". ").append(a.recordedAt().toLocalDate()).append("，")
                    .append(a.description()).append("（理由：").append(a.reason()).append("）");
        }
        return note.toString();
    }
}
