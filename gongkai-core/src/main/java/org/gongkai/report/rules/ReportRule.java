package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;

/**
 * One consistency rule of the annual report. A rule checks only what is known: a cell that is unknown
 * (a published report the reader could not read there) makes the checks that need it skip.
 */
public interface ReportRule {

    /** Return the rule's stable name, as {@link Finding#rule()} carries it, e.g. {@code table3.balance}. */
    String name();

    /** Return what the rule rests on: the format's words or the article it enforces, in Chinese. */
    String basis();

    /** Return every finding of this rule in {@code report}, in table order; empty when it holds. */
    List<Finding> check(AnnualReport report);
}
