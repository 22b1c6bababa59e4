package org.gongkai.report;

import java.util.Arrays;
import java.util.OptionalInt;
import org.gongkai.appeal.AppealKind;

/** 表四: reviews and lawsuits, three groups × five columns; a cell may be unknown. */
public final class Table4 {

    public static final String REVIEW_HEADER = "行政复议";
    public static final String LITIGATION_HEADER = "行政诉讼";

    private static final int KINDS = AppealKind.values().length;
    private static final int COLUMNS = Table4Column.values().length;

    private final Integer[][] cells;

    private Table4(Integer[][] cells) {
        this.cells = cells;
    }

    public static Table4 zero() {
        Integer[][] cells = new Integer[KINDS][COLUMNS];
        for (Integer[] row : cells) {
            Arrays.fill(row, 0);
        }
        return new Table4(cells);
    }

    public static Table4 unknown() {
        return new Table4(new Integer[KINDS][COLUMNS]);
    }

    public OptionalInt get(AppealKind kind, Table4Column column) {
        Integer value = cells[kind.ordinal()][column.ordinal()];
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** Return the cell's value, or {@code null} when unknown. */
    public Integer cell(AppealKind kind, Table4Column column) {
        return cells[kind.ordinal()][column.ordinal()];
    }

    /** Return a copy with one cell set; {@code null} makes the cell unknown. */
    public Table4 with(AppealKind kind, Table4Column column, Integer value) {
        Integer[][] copy = new Integer[KINDS][];
        for (int k = 0; k < KINDS; k++) {
            copy[k] = cells[k].clone();
        }
        copy[kind.ordinal()][column.ordinal()] = value;
        return new Table4(copy);
    }

    /** Return the sum of two tables, cell by cell; a cell unknown in either is unknown in the sum. */
    public Table4 plus(Table4 other) {
        Integer[][] sum = new Integer[KINDS][COLUMNS];
        for (int k = 0; k < KINDS; k++) {
            for (int c = 0; c < COLUMNS; c++) {
                Integer a = cells[k][c];
                Integer b = other.cells[k][c];
                sum[k][c] = a == null || b == null ? null : a + b;
            }
        }
        return new Table4(sum);
    }

    /** Build a table cell by cell without copying on every write. */
    public static final class Builder {
        private final Integer[][] cells;

        private Builder(Integer[][] cells) {
            this.cells = cells;
        }

        public static Builder zero() {
            return new Builder(Table4.zero().cells);
        }

        public static Builder unknown() {
            return new Builder(new Integer[KINDS][COLUMNS]);
        }

        public Builder set(AppealKind kind, Table4Column column, Integer value) {
            cells[kind.ordinal()][column.ordinal()] = value;
            return this;
        }

        public Table4 build() {
            Integer[][] copy = new Integer[KINDS][];
            for (int k = 0; k < KINDS; k++) {
                copy[k] = cells[k].clone();
            }
            return new Table4(copy);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table4 other && Arrays.deepEquals(cells, other.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(cells);
    }

    @Override
    public String toString() {
        return "Table4" + Arrays.deepToString(cells);
    }
}
