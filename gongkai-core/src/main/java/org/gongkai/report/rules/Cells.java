package org.gongkai.report.rules;

import java.util.List;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;

/** Cell references ({@code table3.NEW.TOTAL}), the names a clerk reads, and sums that stay unknown when a term is. */
final class Cells {

    static final List<ApplicantColumn> APPLICANTS = List.of(ApplicantColumn.values()).subList(0, 6);
    static final List<Table4Column> RESULTS = List.of(Table4Column.values()).subList(0, 4);

    private Cells() {
    }

    static String table3(Table3Row row, ApplicantColumn column) {
        return "table3." + row.name() + "." + column.name();
    }

    static String table4(AppealKind kind, Table4Column column) {
        return "table4." + kind.name() + "." + column.name();
    }

    /** Return a column's name as a clerk says it: the four organisation columns under 法人或其他组织 say so. */
    static String columnName(ApplicantColumn column) {
        return column == ApplicantColumn.NATURAL_PERSON || column == ApplicantColumn.TOTAL
                ? column.label()
                : "法人或其他组织·" + column.label();
    }

    static String kindName(AppealKind kind) {
        return kind == AppealKind.REVIEW ? kind.label() : "行政诉讼·" + kind.label();
    }

    /** Return the row's label without its note in brackets, as a message quotes it. */
    static String rowName(AnnualReport report, Table3Row row) {
        String label = row.label(report.format());
        int note = label.indexOf('（', 1);
        return note > 0 && row == Table3Row.PARTIALLY_DISCLOSED ? label.substring(0, note) : label;
    }

    /** Return the sum, or {@code null} when any term is unknown. */
    static Integer sum(List<Integer> terms) {
        int sum = 0;
        for (Integer term : terms) {
            if (term == null) {
                return null;
            }
            sum += term;
        }
        return sum;
    }

    /** Return the sum of the row's six applicant cells, or {@code null} when any is unknown. */
    static Integer applicantSum(Table3 table, Table3Row row) {
        int sum = 0;
        for (ApplicantColumn column : APPLICANTS) {
            Integer cell = table.cell(row, column);
            if (cell == null) {
                return null;
            }
            sum += cell;
        }
        return sum;
    }

    /** Return the row's 总计: the printed cell, or else the sum of the six applicant cells when all are known. */
    static Integer rowTotal(Table3 table, Table3Row row) {
        Integer printed = table.cell(row, ApplicantColumn.TOTAL);
        return printed != null ? printed : applicantSum(table, row);
    }
}
