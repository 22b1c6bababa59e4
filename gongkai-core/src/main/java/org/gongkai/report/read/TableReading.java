package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** What reading one table produced: a value and a source per cell index, and the rows that were not found. */
final class TableReading {

    final Integer[] values;
    final CellSource[] sources;
    final List<String> missingRows = new ArrayList<>();
    final List<String> rowsOutOfOrder = new ArrayList<>();
    /** Rows found by a misprinted label, with the label as printed. */
    final Map<String, String> misprintedLabels = new LinkedHashMap<>();
    /** Rows whose figures no split makes add up, with their figures as printed. */
    final Map<String, String> rowsCannotAddUp = new LinkedHashMap<>();
    boolean anyLabel;

    TableReading(int size) {
        values = new Integer[size];
        sources = new CellSource[size];
    }

    /** Read the rows found by {@link RowLocator}, then settle the cells with the solver. */
    static TableReading read(FlatText flat, int size, List<LabelSpec> specs, Map<String, RowLocator.Located> located,
            Map<String, int[]> cellsOfRow, Map<String, Predicate<Slot[]>> rowSums, List<Equation> equations,
            int[] columnOf) {
        TableReading reading = new TableReading(size);
        List<GridSolver.Group> groups = new ArrayList<>();
        for (LabelSpec spec : specs) {
            int[] cells = cellsOfRow.get(spec.key());
            RowLocator.Located at = located.get(spec.key());
            if (at == null) {
                reading.missingRows.add(spec.key());
                groups.add(new GridSolver.Group(cells, List.of(), "未找到该行"));
                continue;
            }
            reading.anyLabel = true;
            if (at.outOfOrder()) {
                reading.rowsOutOfOrder.add(spec.key());
            }
            if (at.misprinted()) {
                reading.misprintedLabels.put(spec.key(), flat.text().substring(at.labelStart(), at.labelEnd()).strip());
            }
            List<Token> tokens = Material.values(flat.text(), at.labelEnd(), at.valuesEnd());
            List<Candidate> candidates = Candidates.of(tokens, cells.length, rowSums.getOrDefault(spec.key(), s -> true));
            String reason = tokens.isEmpty() ? "该行没有数字" : "该行数字无法对应到各格";
            if (candidates.isEmpty() && Candidates.cannotAddUp(tokens, cells.length)) {
                reading.rowsCannotAddUp.put(spec.key(), printed(tokens));
                reason = Candidates.CANNOT_ADD_UP;
            }
            groups.add(new GridSolver.Group(cells, candidates, reason));
        }
        reading.settle(flat, new GridSolver(size, groups, equations, columnOf).solve());
        return reading;
    }

    /** Return a row's figures as printed, separated by spaces. */
    static String printed(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            if (t.isValue()) {
                out.append(out.length() == 0 ? "" : " ").append(t.text());
            }
        }
        return out.toString();
    }

    void settle(FlatText flat, GridSolver.Resolved[] resolved) {
        for (int c = 0; c < resolved.length; c++) {
            GridSolver.Resolved r = resolved[c];
            values[c] = r.value();
            Token token = r.token();
            sources[c] = new CellSource(r.confidence(), token == null ? "" : flat.where(token.offset()),
                    token == null ? "" : token.text(), r.reason());
        }
    }

    /** Return a check of one sum over a row's own cells: {@code total} is the sum of {@code parts}. */
    static Predicate<Slot[]> rowSum(int total, int[] parts) {
        return slots -> {
            long sum = 0;
            int open = 0;
            boolean openTotal = false;
            for (int p : parts) {
                Slot s = slots[p];
                if (s.kind() == Slot.Kind.UNKNOWN) {
                    open++;
                } else if (s.kind() == Slot.Kind.NUMBER) {
                    sum += s.value();
                } else if (s.kind() != Slot.Kind.BLANK) {
                    return true;
                }
            }
            Slot t = slots[total];
            if (t.kind() == Slot.Kind.UNKNOWN) {
                open++;
                openTotal = true;
            } else if (t.kind() != Slot.Kind.NUMBER && t.kind() != Slot.Kind.BLANK) {
                return true;
            }
            long totalValue = t.kind() == Slot.Kind.NUMBER ? t.value() : 0;
            if (open == 0) {
                return sum == totalValue;
            }
            return open > 1 || openTotal || totalValue >= sum;
        };
    }
}
