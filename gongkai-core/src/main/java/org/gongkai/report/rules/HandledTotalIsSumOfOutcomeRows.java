package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/** In each column of 表三, （七）总计 = the sum of the outcome rows （一） to （六）. */
final class HandledTotalIsSumOfOutcomeRows implements ReportRule {

    @Override
    public String name() {
        return "table3.handledTotal";
    }

    @Override
    public String basis() {
        return "国办公开办函〔2021〕30号 表三“（七）总计”行（law-spec.md §1.7 R3）";
    }

    @Override
    public List<Finding> check(AnnualReport report) {
        Table3 table = report.table3();
        List<Table3Row> outcomeRows = new ArrayList<>();
        for (Table3Row row : Table3Row.values()) {
            if (row.outcome().isPresent() && report.format().hasRow(row)) {
                outcomeRows.add(row);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (ApplicantColumn column : ApplicantColumn.values()) {
            Integer total = table.cell(Table3Row.TOTAL_HANDLED, column);
            Integer sum = 0;
            for (Table3Row row : outcomeRows) {
                Integer cell = table.cell(row, column);
                sum = cell == null || sum == null ? null : sum + cell;
            }
            if (total == null || sum == null || total.equals(sum)) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            outcomeRows.forEach(row -> cells.add(Cells.table3(row, column)));
            cells.add(Cells.table3(Table3Row.TOTAL_HANDLED, column));
            findings.add(new Finding(name(), Severity.ERROR, cells, String.valueOf(sum), String.valueOf(total),
                    "表三“" + Cells.columnName(column) + "”列：" + outcomeRows.size() + " 项办理结果合计 " + sum
                            + " 件，（七）总计却为 " + total + " 件。"));
        }
        return findings;
    }
}
