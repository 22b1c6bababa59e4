package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.Finding;
import org.gongkai.report.rules.ReportRules;

/**
 * Check a published report as read: the reader's structural findings (missing sections and rows, rows out
 * of order, tables that are images, cells printed blank against the sums), then every report rule on the
 * cells that could be read, then the prose's own breakdown of the requests answered.
 */
public final class ReportCheck {

    private ReportCheck() {
    }

    /** Return every finding, structural first, in rule order; unmodifiable. */
    public static List<Finding> check(ReadReport read) {
        List<Finding> findings = new ArrayList<>(read.findings());
        findings.addAll(ReportRules.check(read.report()));
        findings.addAll(ProseBreakdown.check(read.report().prose()));
        return List.copyOf(findings);
    }
}
