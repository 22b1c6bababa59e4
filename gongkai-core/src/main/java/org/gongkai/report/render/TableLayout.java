package org.gongkai.report.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Table3Row;
import org.gongkai.request.OutcomeGroup;

/**
 * How 表三's label area (three columns wide) is laid out in the official format: which rows print, and
 * which label cells start on each row with their spans.
 */
final class TableLayout {

    static final int LABEL_COLUMNS = 3;

    private TableLayout() {
    }

    /** A label cell that starts on a row and covers {@code colspan} columns and {@code rowspan} rows. */
    record LabelCell(String text, int colspan, int rowspan) {
    }

    /** Return the 表三 rows the report's format prints, in order. */
    static List<Table3Row> rows(AnnualReport report) {
        List<Table3Row> rows = new ArrayList<>();
        for (Table3Row row : Table3Row.values()) {
            if (report.format().hasRow(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Return the label cells that start on each printed row, in row order; the columns they leave free on
     * the left are covered by cells spanning from a row above.
     */
    static List<List<LabelCell>> labels(AnnualReport report) {
        List<Table3Row> rows = rows(report);
        List<List<LabelCell>> labels = new ArrayList<>();
        OutcomeGroup openGroup = null;
        boolean resultsOpened = false;
        for (Table3Row row : rows) {
            List<LabelCell> cells = new ArrayList<>();
            String label = row.label(report.format());
            if (row.outcome().isEmpty() && row != Table3Row.TOTAL_HANDLED) {
                cells.add(new LabelCell(label, LABEL_COLUMNS, 1));
            } else {
                if (!resultsOpened) {
                    cells.add(new LabelCell(Table3Row.RESULTS_GROUP_LABEL, 1, resultRows(rows)));
                    resultsOpened = true;
                }
                OutcomeGroup group = spanningGroup(report, row);
                if (group == null) {
                    cells.add(new LabelCell(label, 2, 1));
                } else {
                    if (group != openGroup) {
                        cells.add(new LabelCell(group.label(), 1, groupSize(report, rows, group)));
                        openGroup = group;
                    }
                    cells.add(new LabelCell(label, 1, 1));
                }
            }
            labels.add(cells);
        }
        return labels;
    }

    /**
     * Return the group label spanning the rows of a numbered group (（三）–（六）), or {@code null} for a row
     * that carries its whole label itself (（一）, （二）, （七） and the 2019 single （六） row).
     */
    private static OutcomeGroup spanningGroup(AnnualReport report, Table3Row row) {
        return row.outcome()
                .filter(outcome -> !row.label(report.format()).equals(outcome.group().label()))
                .filter(outcome -> outcome.group() != OutcomeGroup.DISCLOSED
                        && outcome.group() != OutcomeGroup.PARTIALLY_DISCLOSED)
                .map(outcome -> outcome.group())
                .orElse(null);
    }

    private static int groupSize(AnnualReport report, List<Table3Row> rows, OutcomeGroup group) {
        return (int) rows.stream().filter(row -> spanningGroup(report, row) == group).count();
    }

    private static int resultRows(List<Table3Row> rows) {
        return (int) rows.stream().filter(row -> row.outcome().isPresent() || row == Table3Row.TOTAL_HANDLED).count();
    }

    /** Return a figure as printed: blank when unknown. */
    static String figure(Integer value) {
        return value == null ? "" : value.toString();
    }

    static String figure(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
