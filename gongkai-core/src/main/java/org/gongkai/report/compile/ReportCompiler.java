package org.gongkai.report.compile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.dataset.Dataset;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.DecisionCounts;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.rules.ReportRules;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.StatutoryClock;

/**
 * Compile annual reports from a gongkai/1 dataset, counting as interchange.md "Counting a year" says.
 *
 * <p>The dataset is indexed by agency once; each report then reads only its agency's records. Every
 * compiled report is checked by {@link ReportRules} and carries the findings.
 */
public final class ReportCompiler {

    /**
     * The first year whose format in force has the 表二 the model holds (the 2021 format, 国办公开办函〔2021〕30号);
     * earlier reports used the 2019 trial format, whose 表二 has other columns.
     */
    public static final int FIRST_YEAR = ReportFormat.newestFirst().stream().filter(ReportFormat::table2InModel)
            .mapToInt(ReportFormat::firstReportYear).min().orElseThrow();

    /** The last year a report can be compiled for (dates in gongkai/1 have four-digit years). */
    public static final int LAST_YEAR = 9999;

    private final Map<String, AgencyRecords> agencies;
    private final Function<DisclosureRequest, StatutoryClock> clock;
    private final Table4Scope table4Scope;

    private ReportCompiler(Map<String, AgencyRecords> agencies, Function<DisclosureRequest, StatutoryClock> clock,
            Table4Scope table4Scope) {
        this.agencies = agencies;
        this.clock = clock;
        this.table4Scope = table4Scope;
    }

    /** Return this compiler counting 表四 with {@code scope} instead of {@link Table4Scope#FILED_IN_YEAR}. */
    public ReportCompiler withTable4Scope(Table4Scope scope) {
        return new ReportCompiler(agencies, clock, Objects.requireNonNull(scope, "scope"));
    }

    /**
     * Return a compiler over {@code dataset} that judges whether a request was closed on time with the statutory
     * clock on the bundled calendar and the default settings.
     */
    public static ReportCompiler of(Dataset dataset) {
        return of(dataset, StatutoryClock.bundled());
    }

    /**
     * Return a compiler over {@code dataset} that counts a finished request as closed on time when it was
     * closed or withdrawn on or before the due date {@code clock} computes.
     */
    public static ReportCompiler of(Dataset dataset, StatutoryClock clock) {
        Objects.requireNonNull(clock, "clock");
        return of(dataset, request -> clock);
    }

    /**
     * Return a compiler over {@code dataset} that judges each request with the clock {@code clockOf} gives for
     * it (its agency's calendar and settings).
     */
    public static ReportCompiler of(Dataset dataset, Function<DisclosureRequest, StatutoryClock> clockOf) {
        Map<String, AgencyRecords> agencies = new LinkedHashMap<>();
        for (Agency agency : dataset.agencies()) {
            agencies.put(agency.code(), new AgencyRecords(agency));
        }
        for (Agency agency : dataset.agencies()) {
            agency.parent().map(agencies::get).ifPresent(parent -> parent.children.add(agency.code()));
        }
        indexRequests(agencies, dataset.requests());
        dataset.publications().forEach(p -> records(agencies, p.agency()).publications.add(p));
        dataset.appeals().forEach(a -> records(agencies, a.agency()).appeals.add(a));
        dataset.decisionCounts().forEach(d -> records(agencies, d.agency()).decisionCountsByYear.put(d.year(), d));
        return new ReportCompiler(agencies, Objects.requireNonNull(clockOf, "clockOf"), Table4Scope.FILED_IN_YEAR);
    }

    /**
     * Add each request to its agency's records in dataset order: the requests are read in the order they
     * lie in memory, which matters with a million of them.
     */
    private static void indexRequests(Map<String, AgencyRecords> agencies, List<DisclosureRequest> requests) {
        Map<AgencyRecords, Integer> counts = new HashMap<>();
        AgencyRecords[] owners = new AgencyRecords[requests.size()];
        for (int i = 0; i < owners.length; i++) {
            owners[i] = records(agencies, requests.get(i).agency());
            counts.merge(owners[i], 1, Integer::sum);
        }
        counts.forEach(AgencyRecords::expect);
        for (int i = 0; i < owners.length; i++) {
            owners[i].add(requests.get(i));
        }
    }

    private static AgencyRecords records(Map<String, AgencyRecords> agencies, String code) {
        AgencyRecords records = agencies.get(code);
        if (records == null) {
            throw new IllegalArgumentException("数据中引用了未登记的机关代码 " + code);
        }
        return records;
    }

    /** Return whether the dataset has an agency with this code. */
    public boolean knows(String agencyCode) {
        return agencies.containsKey(agencyCode);
    }

    /**
     * Return the agency's report for {@code year} in the format in force for it, with section 一 drafted from its figures
     * and the rules' findings.
     *
     * @throws IllegalArgumentException for an unknown agency or a year before {@link #FIRST_YEAR}
     */
    public AnnualReport compile(String agencyCode, int year) {
        AgencyRecords records = agency(agencyCode);
        Optional<ReportFormat> inForce = year > LAST_YEAR ? Optional.empty() : ReportFormat.inForceFor(year);
        ReportFormat format = inForce.filter(ReportFormat::table2InModel).orElseThrow(() -> new IllegalArgumentException("只能编制 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 年度的报告（"
                        + ReportFormat.inForceFor(FIRST_YEAR).orElseThrow().code() + " 年格式），收到 " + year));
        Table3Count table3 = Table3Count.of(records, year, clock);
        Table4 table4 = table4(records.appeals, year, table4Scope);
        OverviewFigures figures = overview(records, year, table3, table4);
        AnnualReport report = new AnnualReport(records.agency.code(), records.agency.name(), year,
                format, new EnumMap<>(ReportSection.class), table2(records, year),
                table3.table, table4, List.of());
        report = report.withProse(ReportSection.OVERVIEW, figures.draft());
        return report.withFindings(ReportRules.check(report));
    }

    /** Return the figures section 一 needs for the agency and year. */
    public OverviewFigures overview(String agencyCode, int year) {
        AgencyRecords records = agency(agencyCode);
        return overview(records, year, Table3Count.of(records, year, clock),
                table4(records.appeals, year, table4Scope));
    }

    /** Return every agency's report for {@code year}, keyed by agency code in dataset order. */
    public Map<String, AnnualReport> compileAll(int year) {
        Map<String, AnnualReport> reports = new LinkedHashMap<>();
        for (String code : agencies.keySet()) {
            reports.put(code, compile(code, year));
        }
        return reports;
    }

    /** Return the agency's own report plus the reports of every agency below it, summed cell by cell. */
    public RollupReport rollUp(String agencyCode, int year) {
        List<AnnualReport> descendants = new ArrayList<>();
        for (String code : descendantsOf(agencyCode)) {
            descendants.add(compile(code, year));
        }
        return RollupReport.of(compile(agencyCode, year), descendants);
    }

    /** Return the codes of every agency below this one, nearest first, in dataset order within a level. */
    public List<String> descendantsOf(String agencyCode) {
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(agencyCode));
        Deque<String> pending = new ArrayDeque<>(agency(agencyCode).children);
        while (!pending.isEmpty()) {
            String code = pending.removeFirst();
            if (seen.add(code)) {
                found.add(code);
                pending.addAll(agencies.get(code).children);
            }
        }
        return found;
    }

    private AgencyRecords agency(String code) {
        AgencyRecords records = agencies.get(code);
        if (records == null) {
            throw new IllegalArgumentException("数据中没有代码为 " + code + " 的机关");
        }
        return records;
    }

    private static Table2 table2(AgencyRecords records, int year) {
        LocalDate last = LocalDate.of(year, 12, 31);
        int[][] documents = new int[2][3];
        for (Publication publication : records.publications) {
            int kind = publication.kind() == PublicationKind.RULE ? 0
                    : publication.kind() == PublicationKind.NORMATIVE_DOCUMENT ? 1 : -1;
            if (kind < 0) {
                continue;
            }
            documents[kind][0] += publication.issuedOn().getYear() == year ? 1 : 0;
            documents[kind][1] += publication.repealedOn().filter(d -> d.getYear() == year).isPresent() ? 1 : 0;
            documents[kind][2] += publication.inForceOn(last) ? 1 : 0;
        }
        Optional<DecisionCounts> decisions = Optional.ofNullable(records.decisionCountsByYear.get(year));
        return new Table2(
                new Table2.DocumentCounts(documents[0][0], documents[0][1], documents[0][2]),
                new Table2.DocumentCounts(documents[1][0], documents[1][1], documents[1][2]),
                decisions.map(DecisionCounts::licensing).orElse(0),
                decisions.map(DecisionCounts::penalty).orElse(0),
                decisions.map(DecisionCounts::coercion).orElse(0),
                decisions.map(DecisionCounts::feesWanYuan).orElse(BigDecimal.ZERO));
    }

    private static Table4 table4(List<Appeal> appeals, int year, Table4Scope scope) {
        LocalDate last = LocalDate.of(year, 12, 31);
        int[][] counts = new int[AppealKind.values().length][Table4Column.values().length];
        for (Appeal appeal : appeals) {
            if (!scope.counts(appeal, year) || !appeal.counted()) {
                continue;
            }
            int[] group = counts[appeal.kind().ordinal()];
            group[appeal.resultOn(last).map(r -> Table4Column.valueOf(r.name())).orElse(Table4Column.PENDING).ordinal()]++;
            group[Table4Column.TOTAL.ordinal()]++;
        }
        Table4.Builder table = Table4.Builder.zero();
        for (AppealKind kind : AppealKind.values()) {
            for (Table4Column column : Table4Column.values()) {
                table.set(kind, column, counts[kind.ordinal()][column.ordinal()]);
            }
        }
        return table.build();
    }

    private static OverviewFigures overview(AgencyRecords records, int year, Table3Count table3, Table4 table4) {
        int published = 0;
        for (Publication publication : records.publications) {
            published += publication.publishedOn().getYear() == year ? 1 : 0;
        }
        return new OverviewFigures(year, published,
                table3.table.cell(Table3Row.NEW, ApplicantColumn.TOTAL),
                table3.table.cell(Table3Row.CARRIED_OVER, ApplicantColumn.TOTAL),
                table3.table.cell(Table3Row.TOTAL_HANDLED, ApplicantColumn.TOTAL),
                Optional.of(table3.closedOnTime),
                table3.table.cell(Table3Row.CARRIED_FORWARD, ApplicantColumn.TOTAL),
                table4.cell(AppealKind.REVIEW, Table4Column.TOTAL),
                table4.cell(AppealKind.LITIGATION_DIRECT, Table4Column.TOTAL)
                        + table4.cell(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.TOTAL));
    }
}
