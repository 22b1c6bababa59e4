package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;

/**
 * A cell of the report's tables, named as findings name cells: {@code table3.NEW.TOTAL},
 * {@code table4.REVIEW.UPHELD}, {@code table2.RULE.issued}, {@code table2.FEES_WAN_YUAN}.
 */
public record CellRef(String name) implements Comparable<CellRef> {

    private static final String[] DOCUMENT_ROWS = {"RULE", "NORMATIVE_DOCUMENT"};
    private static final String[] DOCUMENT_COLUMNS = {"issued", "repealed", "inForce"};
    private static final String[] SINGLE_ROWS = {"LICENSING", "PENALTY", "COERCION", "FEES_WAN_YUAN"};

    public static CellRef table3(Table3Row row, ApplicantColumn column) {
        return new CellRef("table3." + row.name() + "." + column.name());
    }

    public static CellRef table4(AppealKind kind, Table4Column column) {
        return new CellRef("table4." + kind.name() + "." + column.name());
    }

    /** Return a 表二 cell: a row with three columns ({@code issued}, {@code repealed}, {@code inForce}, as the rules name them) or none. */
    public static CellRef table2(String row, String column) {
        return new CellRef("table2." + row + (column.isEmpty() ? "" : "." + column));
    }

    private static final List<CellRef> ALL = every();

    /** Return every cell of 表二, 表三 and 表四, in table order; unmodifiable. */
    public static List<CellRef> all() {
        return ALL;
    }

    private static List<CellRef> every() {
        List<CellRef> all = new ArrayList<>();
        for (String row : DOCUMENT_ROWS) {
            for (String column : DOCUMENT_COLUMNS) {
                all.add(table2(row, column));
            }
        }
        for (String row : SINGLE_ROWS) {
            all.add(table2(row, ""));
        }
        for (Table3Row row : Table3Row.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                all.add(table3(row, column));
            }
        }
        for (AppealKind kind : AppealKind.values()) {
            for (Table4Column column : Table4Column.values()) {
                all.add(table4(kind, column));
            }
        }
        return List.copyOf(all);
    }

    /** Return the cell's figure in {@code report}: an {@code Integer}, the fee's {@code BigDecimal}, or {@code null}. */
    public Object in(AnnualReport report) {
        String[] p = name.split("\\.");
        switch (p[0]) {
            case "table3":
                return report.table3().cell(Table3Row.valueOf(p[1]), ApplicantColumn.valueOf(p[2]));
            case "table4":
                return report.table4().cell(AppealKind.valueOf(p[1]), Table4Column.valueOf(p[2]));
            default:
                return table2(report.table2(), p);
        }
    }

    private static Object table2(Table2 table, String[] p) {
        if (p.length == 3) {
            Table2.DocumentCounts counts = p[1].equals("RULE") ? table.rules() : table.normativeDocuments();
            return p[2].equals("issued") ? counts.issued() : p[2].equals("repealed") ? counts.repealed() : counts.inForce();
        }
        switch (p[1]) {
            case "LICENSING": return table.licensing();
            case "PENALTY": return table.penalty();
            case "COERCION": return table.coercion();
            default: return table.feesWanYuan();
        }
    }

    /** Return the cell as a clerk names it, e.g. {@code 表三·一、本年新收政府信息公开申请数量·总计}. */
    public String label() {
        String[] p = name.split("\\.");
        if (p.length < 2) {
            return name;
        }
        switch (p[0]) {
            case "table3":
                return "表三·" + rowLabel(p[0], p[1]) + (p.length > 2 ? "·" + ApplicantColumn.valueOf(p[2]).label() : "");
            case "table4":
                return "表四·" + AppealKind.valueOf(p[1]).label()
                        + (p.length > 2 ? "·" + Table4Column.valueOf(p[2]).label() : "");
            default:
                return "表二·" + rowLabel(p[0], p[1]) + (p.length > 2 ? "·" + table2Column(p[2]) : "");
        }
    }

    /** Return the printed label of a row of 表二 or 表三, without the 部分公开 row's note in brackets. */
    static String rowLabel(String table, String row) {
        if (table.equals("table3")) {
            Table3Row r = Table3Row.valueOf(row);
            String label = r.label();
            int note = label.indexOf('（', 1);
            return note > 0 && r == Table3Row.PARTIALLY_DISCLOSED ? label.substring(0, note) : label;
        }
        switch (row) {
            case "RULE": return Table2.RULE;
            case "NORMATIVE_DOCUMENT": return Table2.NORMATIVE_DOCUMENT;
            case "LICENSING": return Table2.LICENSING;
            case "PENALTY": return Table2.PENALTY;
            case "COERCION": return Table2.COERCION;
            default: return Table2.FEES;
        }
    }

    private static String table2Column(String column) {
        switch (column) {
            case "issued": return Table2.ISSUED;
            case "repealed": return Table2.REPEALED;
            default: return Table2.IN_FORCE;
        }
    }

    @Override
    public int compareTo(CellRef other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
