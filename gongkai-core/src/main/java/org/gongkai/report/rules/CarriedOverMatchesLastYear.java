package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3Row;

/**
 * Across years: this year's 上年结转 should equal last year's 结转下年度继续办理, column by column.
 * Not stated by the format and broken by real re-counts, so a warning (law-spec.md §1.7 R6).
 */
final class CarriedOverMatchesLastYear implements CrossYearRule {

    @Override
    public String name() {
        return "table3.carriedOver";
    }

    @Override
    public String basis() {
        return "由表三行标题推出：本年“上年结转”即上年“结转下年度继续办理”（law-spec.md §1.7 R6，非正式规则）";
    }

    @Override
    public List<Finding> check(AnnualReport thisYear, AnnualReport lastYear) {
        List<Finding> findings = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            Integer carriedOver = thisYear.table3().cell(Table3Row.CARRIED_OVER, column);
            Integer carriedForward = lastYear.table3().cell(Table3Row.CARRIED_FORWARD, column);
            if (carriedOver == null || carriedForward == null || carriedOver.equals(carriedForward)) {
                continue;
            }
            findings.add(new Finding(name(), Severity.WARNING, List.of(Cells.table3(Table3Row.CARRIED_OVER, column)),
                    String.valueOf(carriedForward), String.valueOf(carriedOver),
                    "表三“" + Cells.columnName(column) + "”列：本年上年结转 " + carriedOver + " 件，而"
                            + yearOf(lastYear) + "报告的结转下年度继续办理为 " + carriedForward + " 件。"));
        }
        return findings;
    }

    private static String yearOf(AnnualReport report) {
        return report.year() == null ? "上年" : report.year() + "年";
    }
}
