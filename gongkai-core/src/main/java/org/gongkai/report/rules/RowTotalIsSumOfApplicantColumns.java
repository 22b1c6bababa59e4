package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/** In each row of 表三, 总计 = 自然人 + the five 法人或其他组织 columns. */
final class RowTotalIsSumOfApplicantColumns implements ReportRule {

    @Override
    public String name() {
        return "table3.rowTotal";
    }

    @Override
    public String basis() {
        return "国办公开办函〔2021〕30号 表三“申请人情况”下的“总计”栏（law-spec.md §1.7 R2）";
    }

    @Override
    public List<Finding> check(AnnualReport report) {
        Table3 table = report.table3();
        List<Finding> findings = new ArrayList<>();
        for (Table3Row row : Table3Row.values()) {
            if (!report.format().hasRow(row)) {
                continue;
            }
            Integer total = table.cell(row, ApplicantColumn.TOTAL);
            Integer sum = Cells.applicantSum(table, row);
            if (total == null || sum == null || total.equals(sum)) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (ApplicantColumn column : ApplicantColumn.values()) {
                cells.add(Cells.table3(row, column));
            }
            findings.add(new Finding(name(), Severity.ERROR, cells, String.valueOf(sum), String.valueOf(total),
                    "表三“" + Cells.rowName(report, row) + "”行：六类申请人合计 " + sum + " 件，总计栏却为 "
                            + total + " 件。"));
        }
        return findings;
    }
}
