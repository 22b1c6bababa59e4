package org.gongkai.report;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * 表三: 25 rows × 7 columns of counts. A cell may be unknown (a published report that cannot be read
 * there); a compiled report knows every cell.
 */
public final class Table3 {

    private static final int ROWS = Table3Row.values().length;
    private static final int COLUMNS = ApplicantColumn.values().length;

    private final Integer[][] cells;

    private Table3(Integer[][] cells) {
        this.cells = cells;
    }

    /** Return a table of all zeros. */
    public static Table3 zero() {
        Integer[][] cells = new Integer[ROWS][COLUMNS];
        for (Integer[] row : cells) {
            Arrays.fill(row, 0);
        }
        return new Table3(cells);
    }

    /** Return a table with every cell unknown. */
    public static Table3 unknown() {
        return new Table3(new Integer[ROWS][COLUMNS]);
    }

    /** Return the cell's value, or empty when unknown. */
    public OptionalInt get(Table3Row row, ApplicantColumn column) {
        Integer value = cells[row.ordinal()][column.ordinal()];
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** Return the cell's value, or {@code null} when unknown. */
    public Integer cell(Table3Row row, ApplicantColumn column) {
        return cells[row.ordinal()][column.ordinal()];
    }

    /** Return a copy with one cell set; {@code null} makes the cell unknown. */
    public Table3 with(Table3Row row, ApplicantColumn column, Integer value) {
        Integer[][] copy = copyCells();
        copy[row.ordinal()][column.ordinal()] = value;
        return new Table3(copy);
    }

    /** Return whether every cell is known. */
    public boolean isComplete() {
        return Arrays.stream(cells).flatMap(Arrays::stream).allMatch(v -> v != null);
    }

    /** Return the sum of two tables, cell by cell; a cell unknown in either is unknown in the sum. */
    public Table3 plus(Table3 other) {
        Integer[][] sum = new Integer[ROWS][COLUMNS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                Integer a = cells[r][c];
                Integer b = other.cells[r][c];
                sum[r][c] = a == null || b == null ? null : a + b;
            }
        }
        return new Table3(sum);
    }

    private Integer[][] copyCells() {
        Integer[][] copy = new Integer[ROWS][];
        for (int r = 0; r < ROWS; r++) {
            copy[r] = cells[r].clone();
        }
        return copy;
    }

    /** Build a table cell by cell without copying on every write. */
    public static final class Builder {
        private final Integer[][] cells;

        private Builder(Integer[][] cells) {
            this.cells = cells;
        }

        public static Builder zero() {
            return new Builder(Table3.zero().cells);
        }

        public static Builder unknown() {
            return new Builder(new Integer[ROWS][COLUMNS]);
        }

        public Builder set(Table3Row row, ApplicantColumn column, Integer value) {
            cells[row.ordinal()][column.ordinal()] = value;
            return this;
        }

        public Builder add(Table3Row row, ApplicantColumn column, int amount) {
            Integer old = cells[row.ordinal()][column.ordinal()];
            cells[row.ordinal()][column.ordinal()] = (old == null ? 0 : old) + amount;
            return this;
        }

        public Table3 build() {
            Integer[][] copy = new Integer[ROWS][];
            for (int r = 0; r < ROWS; r++) {
                copy[r] = cells[r].clone();
            }
            return new Table3(copy);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table3 other && Arrays.deepEquals(cells, other.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(cells);
    }

    @Override
    public String toString() {
        return "Table3" + Arrays.deepToString(cells);
    }
}
