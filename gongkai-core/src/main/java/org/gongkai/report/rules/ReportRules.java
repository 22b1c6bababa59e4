package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;

/** The annual report's consistency rules, listed in one place; checking collects every finding of every rule. */
public final class ReportRules {

    private static final List<ReportRule> CURRENT = List.of(
            new BalanceHoldsInEachColumn(),
            new RowTotalIsSumOfApplicantColumns(),
            new HandledTotalIsSumOfOutcomeRows(),
            new AppealGroupTotalIsSumOfResults(),
            new CellsAreNonNegative(),
            new ProseFiguresMatchTables());

    private static final List<CrossYearRule> ACROSS_YEARS = List.of(new CarriedOverMatchesLastYear());

    private ReportRules() {
    }

    /** Return the rules that check one report, in the order their findings are listed; unmodifiable. */
    public static List<ReportRule> allCurrentRules() {
        return CURRENT;
    }

    /** Return the rules that check a report against the same agency's report of the year before; unmodifiable. */
    public static List<CrossYearRule> allCrossYearRules() {
        return ACROSS_YEARS;
    }

    /** Return every finding of every rule in {@code report}, errors and warnings, in rule order. */
    public static List<Finding> check(AnnualReport report) {
        List<Finding> findings = new ArrayList<>();
        for (ReportRule rule : CURRENT) {
            findings.addAll(rule.check(report));
        }
        return findings;
    }

    /** Return every finding between an agency's report and its report of the year before. */
    public static List<Finding> checkAcrossYears(AnnualReport thisYear, AnnualReport lastYear) {
        List<Finding> findings = new ArrayList<>();
        for (CrossYearRule rule : ACROSS_YEARS) {
            findings.addAll(rule.check(thisYear, lastYear));
        }
        return findings;
    }
}
