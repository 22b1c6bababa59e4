package org.gongkai.report.compile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.rules.ReportRules;

/**
 * A supervising office's roll-up: its own report and its agencies' reports, summed cell by cell.
 *
 * @param total the sum of every report in {@code agencies}, under the supervising office's name, checked by the rules
 * @param agencies the reports summed, the supervising office's own first; unmodifiable
 */
public record RollupReport(AnnualReport total, List<AnnualReport> agencies) {

    /** What the roll-up's name adds to the supervising office's name, so its title says it is a sum. */
    public static final String NAME_SUFFIX = "（含所属机关汇总）";

    public RollupReport {
        Objects.requireNonNull(total, "total");
        agencies = List.copyOf(agencies);
    }

    /** Return the roll-up of {@code own} and {@code descendants}; the sum has no prose of its own. */
    public static RollupReport of(AnnualReport own, List<AnnualReport> descendants) {
        List<AnnualReport> all = new ArrayList<>();
        all.add(own);
        all.addAll(descendants);
        Table2 table2 = own.table2();
        for (AnnualReport report : descendants) {
            table2 = table2.plus(report.table2());
        }
        AnnualReport total = new AnnualReport(own.agencyCode(), own.agencyName() + NAME_SUFFIX, own.year(),
                own.format(),
                new EnumMap<>(ReportSection.class), table2, table3(all), table4(all), List.of());
        return new RollupReport(total.withFindings(ReportRules.check(total)), all);
    }

    /** Sum 表三 cell by cell; a cell unknown in any report is unknown in the sum. */
    private static Table3 table3(List<AnnualReport> reports) {
        Table3Row[] rows = Table3Row.values();
        ApplicantColumn[] columns = ApplicantColumn.values();
        Integer[][] sums = sum(reports, rows.length, columns.length,
                (report, r, c) -> report.table3().cell(rows[r], columns[c]));
        Table3.Builder table = Table3.Builder.unknown();
        for (Table3Row row : rows) {
            for (ApplicantColumn column : columns) {
                table.set(row, column, sums[row.ordinal()][column.ordinal()]);
            }
        }
        return table.build();
    }

    /** Sum 表四 cell by cell; a cell unknown in any report is unknown in the sum. */
    private static Table4 table4(List<AnnualReport> reports) {
        AppealKind[] kinds = AppealKind.values();
        Table4Column[] columns = Table4Column.values();
        Integer[][] sums = sum(reports, kinds.length, columns.length,
                (report, k, c) -> report.table4().cell(kinds[k], columns[c]));
        Table4.Builder table = Table4.Builder.unknown();
        for (AppealKind kind : kinds) {
            for (Table4Column column : columns) {
                table.set(kind, column, sums[kind.ordinal()][column.ordinal()]);
            }
        }
        return table.build();
    }

    /** Read one cell of a report's table, {@code null} when unknown. */
    private interface CellReader {
        Integer cell(AnnualReport report, int row, int column);
    }

    /** Return each cell's sum over the reports, report by report (each report's table is read where it lies). */
    private static Integer[][] sum(List<AnnualReport> reports, int rows, int columns, CellReader reader) {
        long[][] sums = new long[rows][columns];
        boolean[][] unknown = new boolean[rows][columns];
        for (AnnualReport report : reports) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    Integer cell = reader.cell(report, r, c);
                    if (cell == null) {
                        unknown[r][c] = true;
                    } else {
                        sums[r][c] += cell;
                    }
                }
            }
        }
        Integer[][] result = new Integer[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                result[r][c] = unknown[r][c] ? null : Math.toIntExact(sums[r][c]);
            }
        }
        return result;
    }
}
