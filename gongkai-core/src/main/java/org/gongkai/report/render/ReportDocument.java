package org.gongkai.report.render;

import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Table2;
import org.gongkai.report.Table4;
import org.gongkai.report.compile.RollupReport;

/** The order of a written report, shared by the writers: title, the six sections (prose or table), findings. */
abstract class ReportDocument {

    protected final StringBuilder out = new StringBuilder();

    final String document(AnnualReport report) {
        body(report);
        end();
        return out.toString();
    }

    /** Return the roll-up's total as a report, followed by the breakdown by agency. */
    final String document(RollupReport rollup) {
        body(rollup.total());
        breakdown(rollup.agencies());
        end();
        return out.toString();
    }

    private void body(AnnualReport report) {
        begin(report);
        for (ReportSection section : ReportSection.values()) {
            heading(section.heading());
            switch (section) {
                case PROACTIVE_DISCLOSURE -> table2(report.table2());
                case REQUESTS -> table3(report);
                case APPEALS -> table4(report.table4());
                default -> prose(report.prose().get(section));
            }
        }
        if (!report.findings().isEmpty()) {
            findings(report.findings());
        }
    }

    abstract void begin(AnnualReport report);

    abstract void heading(String heading);

    /** Write a prose section; {@code text} is {@code null} when the section was not written. */
    abstract void prose(String text);

    abstract void table2(Table2 table);

    abstract void table3(AnnualReport report);

    abstract void table4(Table4 table);

    abstract void findings(List<Finding> findings);

    /** Write the table of the reports a roll-up sums, one row per agency, with {@link Breakdown}'s columns. */
    abstract void breakdown(List<AnnualReport> reports);

    /** Close the document; Markdown has nothing to close. */
    void end() {
    }
}
