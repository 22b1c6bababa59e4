package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.ReportFormat;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;

/** Read 表三 from its stretch of text, in the layout of its format. */
final class Table3Reader {

    static final int COLUMNS = ApplicantColumn.values().length;
    private static final int TOTAL = ApplicantColumn.TOTAL.ordinal();

    private Table3Reader() {
    }

    static TableReading read(FlatText flat, int from, int to, ReportFormat format) {
        List<LabelSpec> specs = Labels.table3(format);
        Map<String, RowLocator.Located> located = RowLocator.locate(flat.text(), from, to, specs);
        Map<String, int[]> cells = new HashMap<>();
        Map<String, Predicate<Slot[]>> rowSums = new HashMap<>();
        int[] parts = new int[COLUMNS - 1];
        for (int c = 0; c < parts.length; c++) {
            parts[c] = c;
        }
        for (Table3Row row : Table3Row.values()) {
            int[] ids = new int[COLUMNS];
            for (int c = 0; c < COLUMNS; c++) {
                ids[c] = id(row, c);
            }
            cells.put(row.name(), ids);
            rowSums.put(row.name(), TableReading.rowSum(TOTAL, parts));
        }
        List<Equation> equations = equations(specs);
        int[] columnOf = new int[Table3Row.values().length * COLUMNS];
        for (int i = 0; i < columnOf.length; i++) {
            columnOf[i] = i % COLUMNS;
        }
        return TableReading.read(flat, columnOf.length, specs, located, cells, rowSums, equations, columnOf);
    }

    private static List<Equation> equations(List<LabelSpec> specs) {
        List<Table3Row> rows = new ArrayList<>();
        for (LabelSpec spec : specs) {
            rows.add(Table3Row.valueOf(spec.key()));
        }
        List<Equation> equations = new ArrayList<>();
        for (Table3Row row : rows) {
            int[] parts = new int[COLUMNS - 1];
            for (int c = 0; c < parts.length; c++) {
                parts[c] = id(row, c);
            }
            equations.add(Equation.total("本行总计等于六类申请人之和", id(row, TOTAL), parts));
        }
        for (int c = 0; c < COLUMNS; c++) {
            List<Integer> outcomes = new ArrayList<>();
            for (Table3Row row : rows) {
                if (row.outcome().isPresent()) {
                    outcomes.add(id(row, c));
                }
            }
            equations.add(Equation.total("（七）总计等于各项办理结果之和", id(Table3Row.TOTAL_HANDLED, c),
                    outcomes.stream().mapToInt(Integer::intValue).toArray()));
            equations.add(new Equation("本年新收加上年结转等于办理结果总计加结转下年度",
                    new int[] {id(Table3Row.NEW, c), id(Table3Row.CARRIED_OVER, c)},
                    new int[] {id(Table3Row.TOTAL_HANDLED, c), id(Table3Row.CARRIED_FORWARD, c)}));
        }
        return equations;
    }

    static int id(Table3Row row, int column) {
        return row.ordinal() * COLUMNS + column;
    }

    static Table3 table(TableReading reading) {
        Table3.Builder builder = Table3.Builder.unknown();
        for (Table3Row row : Table3Row.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                builder.set(row, column, reading.values[id(row, column.ordinal())]);
            }
        }
        return builder.build();
    }
}
