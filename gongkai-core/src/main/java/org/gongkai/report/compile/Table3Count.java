package org.gongkai.report.compile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.request.DisclosureRequest;

/** Counts one agency's requests for one year into 表三, as interchange.md "Counting a year for 表三" says. */
final class Table3Count {

    private static final int ROWS = Table3Row.values().length;
    private static final int COLUMNS = ApplicantColumn.values().length;
    private static final int TOTAL = ApplicantColumn.TOTAL.ordinal();
    private static final ApplicantColumn[] COLUMN_ORDER = ApplicantColumn.values();
    private static final Table3Row[] ROW_ORDER = Table3Row.values();

    final Table3 table;
    /** Requests finished in the year that closed on time; {@code null} when there is no judge of time. */
    final Integer closedOnTime;

    private Table3Count(Table3 table, Integer closedOnTime) {
        this.table = table;
        this.closedOnTime = closedOnTime;
    }

    static Table3Count of(List<DisclosureRequest> requests, int year, Predicate<DisclosureRequest> onTime) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        int[][] counts = new int[ROWS][COLUMNS];
        int closedOnTime = 0;
        for (DisclosureRequest request : requests) {
            LocalDate received = request.receivedOn();
            if (received.isAfter(last)) {
                continue;
            }
            Optional<LocalDate> finished = request.finishedOn();
            boolean openAtStart = finished.isEmpty() || !finished.get().isBefore(first);
            int column = request.applicantType().ordinal();
            if (!received.isBefore(first)) {
                counts[Table3Row.NEW.ordinal()][column]++;
            } else if (openAtStart) {
                counts[Table3Row.CARRIED_OVER.ordinal()][column]++;
            }
            if (finished.isEmpty() || finished.get().isAfter(last)) {
                counts[Table3Row.CARRIED_FORWARD.ordinal()][column]++;
            } else if (openAtStart) {
                counts[Table3Row.of(request.outcome().orElseThrow()).ordinal()][column]++;
                if (onTime != null && onTime.test(request)) {
                    closedOnTime++;
                }
            }
        }
        for (Table3Row row : ROW_ORDER) {
            if (row.outcome().isPresent()) {
                for (int c = 0; c < TOTAL; c++) {
                    counts[Table3Row.TOTAL_HANDLED.ordinal()][c] += counts[row.ordinal()][c];
                }
            }
        }
        Table3.Builder table = Table3.Builder.zero();
        for (Table3Row row : ROW_ORDER) {
            int total = 0;
            for (int c = 0; c < TOTAL; c++) {
                total += counts[row.ordinal()][c];
                table.set(row, COLUMN_ORDER[c], counts[row.ordinal()][c]);
            }
            table.set(row, ApplicantColumn.TOTAL, total);
        }
        return new Table3Count(table.build(), onTime == null ? null : closedOnTime);
    }
}
