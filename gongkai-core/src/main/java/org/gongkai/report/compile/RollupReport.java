package org.gongkai.report.compile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ReportSection;
import org.gongkai.report.rules.ReportRules;

/**
 * A supervising office's roll-up: its own report and its agencies' reports, summed cell by cell.
 *
 * @param total the sum of every report in {@code agencies}, under the supervising office's name, checked by the rules
 * @param agencies the reports summed, the supervising office's own first; unmodifiable
 */
public record RollupReport(AnnualReport total, List<AnnualReport> agencies) {

    public RollupReport {
        Objects.requireNonNull(total, "total");
        agencies = List.copyOf(agencies);
    }

    /** Return the roll-up of {@code own} and {@code descendants}; the sum has no prose of its own. */
    public static RollupReport of(AnnualReport own, List<AnnualReport> descendants) {
        List<AnnualReport> all = new ArrayList<>();
        all.add(own);
        all.addAll(descendants);
        var table2 = own.table2();
        var table3 = own.table3();
        var table4 = own.table4();
        for (AnnualReport report : descendants) {
            table2 = table2.plus(report.table2());
            table3 = table3.plus(report.table3());
            table4 = table4.plus(report.table4());
        }
        AnnualReport total = new AnnualReport(own.agencyCode(), own.agencyName(), own.year(), own.format(),
                new EnumMap<>(ReportSection.class), table2, table3, table4, List.of());
        return new RollupReport(total.withFindings(ReportRules.check(total)), all);
    }
}
