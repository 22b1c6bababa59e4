package org.gongkai.report.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;

/** Every figure of 表二, 表三 and 表四 is a count (a non-negative integer) or, for fees, a non-negative amount in 万元. */
final class CellsAreNonNegative implements ReportRule {

    @Override
    public String name() {
        return "cells.nonNegative";
    }

    @Override
    public String basis() {
        return "国办公开办函〔2021〕30号 表二至表四：件数为非负整数，收费金额以万元计（law-spec.md §1.7 R7）";
    }

    @Override
    public List<Finding> check(AnnualReport report) {
        List<Finding> findings = new ArrayList<>();
        Table2 table2 = report.table2();
        documents(findings, "RULE", Table2.RULE, table2.rules());
        documents(findings, "NORMATIVE_DOCUMENT", Table2.NORMATIVE_DOCUMENT, table2.normativeDocuments());
        count(findings, () -> "table2.LICENSING", () -> "表二“" + Table2.LICENSING + "”", table2.licensing());
        count(findings, () -> "table2.PENALTY", () -> "表二“" + Table2.PENALTY + "”", table2.penalty());
        count(findings, () -> "table2.COERCION", () -> "表二“" + Table2.COERCION + "”", table2.coercion());
        BigDecimal fees = table2.feesWanYuan();
        if (fees != null && fees.signum() < 0) {
            findings.add(new Finding(name(), Severity.ERROR, List.of("table2.FEES_WAN_YUAN"), "≥0",
                    fees.toPlainString(), "表二“" + Table2.FEES + "”收费金额为负数 " + fees.toPlainString()
                            + " 万元，金额不能为负。"));
        }
        for (Table3Row row : Table3Row.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                count(findings, () -> Cells.table3(row, column),
                        () -> "表三“" + Cells.rowName(report, row) + "”行“" + Cells.columnName(column) + "”列",
                        report.table3().cell(row, column));
            }
        }
        for (AppealKind kind : AppealKind.values()) {
            for (Table4Column column : Table4Column.values()) {
                count(findings, () -> Cells.table4(kind, column),
                        () -> "表四“" + Cells.kindName(kind) + "”的“" + column.label() + "”",
                        report.table4().cell(kind, column));
            }
        }
        return findings;
    }

    private void documents(List<Finding> findings, String key, String label, Table2.DocumentCounts counts) {
        count(findings, () -> "table2." + key + ".issued", () -> "表二“" + label + "”的“" + Table2.ISSUED + "”",
                counts.issued());
        count(findings, () -> "table2." + key + ".repealed", () -> "表二“" + label + "”的“" + Table2.REPEALED + "”",
                counts.repealed());
        count(findings, () -> "table2." + key + ".inForce", () -> "表二“" + label + "”的“" + Table2.IN_FORCE + "”",
                counts.inForce());
    }

    /** Name the cell only when it is negative: most reports have none, and naming costs strings. */
    private void count(List<Finding> findings, Supplier<String> cell, Supplier<String> where, Integer value) {
        if (value != null && value < 0) {
            findings.add(new Finding(name(), Severity.ERROR, List.of(cell.get()), "≥0", String.valueOf(value),
                    where.get() + "为负数 " + value + "，件数不能为负。"));
        }
    }
}
