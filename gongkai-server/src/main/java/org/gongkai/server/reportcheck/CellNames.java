package org.gongkai.server.reportcheck;

import org.gongkai.appeal.AppealKind;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;

/** Name a table cell ({@code table3.NEW.TOTAL}) as a clerk reads it: 表三·一、本年新收…·总计. */
final class CellNames {

    private CellNames() {
    }

    static String of(String cell) {
        String[] p = cell.split("\\.");
        if (p.length < 2) {
            return cell;
        }
        switch (p[0]) {
            case "table3":
                return "表三·" + rowLabel(p[1]) + (p.length > 2 ? "·" + ApplicantColumn.valueOf(p[2]).label() : "");
            case "table4":
                return "表四·" + AppealKind.valueOf(p[1]).label()
                        + (p.length > 2 ? "·" + Table4Column.valueOf(p[2]).label() : "");
            default:
                return "表二·" + table2Row(p[1]) + (p.length > 2 ? "·" + table2Column(p[2]) : "");
        }
    }

    private static String rowLabel(String row) {
        for (Table3Row r : Table3Row.values()) {
            if (r.name().equals(row)) {
                String label = r.label();
                int note = label.indexOf('（', 1);
                return note > 0 && r == Table3Row.PARTIALLY_DISCLOSED ? label.substring(0, note) : label;
            }
        }
        return row;
    }

    private static String table2Row(String row) {
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
            case "ISSUED": return Table2.ISSUED;
            case "REPEALED": return Table2.REPEALED;
            default: return Table2.IN_FORCE;
        }
    }
}
