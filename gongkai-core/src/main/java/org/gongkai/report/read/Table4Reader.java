package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;

/**
 * Read 表四: its fifteen figures in official order (复议, 直接起诉, 复议后起诉; each 维持, 纠正, 其他, 尚未审结,
 * 总计). Header rows are often garbled, so only lines that hold figures are read.
 */
final class Table4Reader {

    static final int COLUMNS = Table4Column.values().length;
    static final int SIZE = AppealKind.values().length * COLUMNS;

    private Table4Reader() {
    }

    static TableReading read(FlatText flat, int from, int to) {
        String text = flat.text();
        List<Token> tokens = new ArrayList<>();
        int lineStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '\n') {
                List<Token> line = Material.valuesOfLine(text, lineStart, i);
                if (line.stream().anyMatch(t -> t.kind() == Token.Kind.NUMBER)) {
                    tokens.addAll(line);
                }
                lineStart = i + 1;
            }
        }
        int[] cells = new int[SIZE];
        int[] columnOf = new int[SIZE];
        List<Equation> equations = new ArrayList<>();
        Predicate<Slot[]> sums = s -> true;
        for (int i = 0; i < SIZE; i++) {
            cells[i] = i;
            columnOf[i] = i % COLUMNS;
        }
        for (int k = 0; k < AppealKind.values().length; k++) {
            int base = k * COLUMNS;
            int[] parts = {base, base + 1, base + 2, base + 3};
            equations.add(Equation.total("总计等于维持、纠正、其他结果、尚未审结之和", base + 4, parts));
            sums = sums.and(TableReading.rowSum(base + 4, parts));
        }
        List<Candidate> candidates = tokens.isEmpty() ? List.of() : Candidates.of(tokens, SIZE, sums);
        TableReading reading = new TableReading(SIZE);
        reading.anyLabel = !tokens.isEmpty();
        reading.settle(flat, new GridSolver(SIZE, List.of(new GridSolver.Group(cells, candidates,
                tokens.isEmpty() ? "未找到表四的数字" : "表四的数字无法对应到各格")), equations, columnOf).solve());
        return reading;
    }

    static Table4 table(TableReading reading) {
        Table4 table = Table4.unknown();
        for (AppealKind kind : AppealKind.values()) {
            for (Table4Column column : Table4Column.values()) {
                table = table.with(kind, column, reading.values[kind.ordinal() * COLUMNS + column.ordinal()]);
            }
        }
        return table;
    }
}
