package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;

/** A rule between an agency's reports of two consecutive years; like {@link ReportRule}, it skips unknown cells. */
public interface CrossYearRule {

    String name();

    String basis();

    /** Return every finding of this rule between {@code thisYear} and the year before, {@code lastYear}. */
    List<Finding> check(AnnualReport thisYear, AnnualReport lastYear);
}
