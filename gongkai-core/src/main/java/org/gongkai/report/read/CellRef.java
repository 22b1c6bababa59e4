package org.gongkai.report.read;

import org.gongkai.appeal.AppealKind;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;

/**
 * A cell of the report's tables, named as findings name cells: {@code table3.NEW.TOTAL},
 * {@code table4.REVIEW.UPHELD}, {@code table2.RULE.ISSUED}, {@code table2.FEES_WAN_YUAN}.
 */
public record CellRef(String name) implements Comparable<CellRef> {

    public static CellRef table3(Table3Row row, ApplicantColumn column) {
        return new CellRef("table3." + row.name() + "." + column.name());
    }

    public static CellRef table4(AppealKind kind, Table4Column column) {
        return new CellRef("table4." + kind.name() + "." + column.name());
    }

    /** Return a 表二 cell: a row with three columns ({@code ISSUED}, {@code REPEALED}, {@code IN_FORCE}) or none. */
    public static CellRef table2(String row, String column) {
        return new CellRef("table2." + row + (column.isEmpty() ? "" : "." + column));
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
