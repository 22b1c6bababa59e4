package org.gongkai.report.compile;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.Outcome;
import org.gongkai.request.StatutoryClock;

/** Counts one agency's requests for one year into 表三, as interchange.md "Counting a year for 表三" says. */
final class Table3Count {

    private static final int ROWS = Table3Row.values().length;
    private static final int COLUMNS = ApplicantColumn.values().length;
    private static final int TOTAL = ApplicantColumn.TOTAL.ordinal();
    private static final int NEW = Table3Row.NEW.ordinal();
    private static final int CARRIED_OVER = Table3Row.CARRIED_OVER.ordinal();
    private static final int CARRIED_FORWARD = Table3Row.CARRIED_FORWARD.ordinal();
    private static final int TOTAL_HANDLED = Table3Row.TOTAL_HANDLED.ordinal();
    private static final int FIRST_OUTCOME_ROW = Table3Row.DISCLOSED.ordinal();
    private static final int[] OUTCOME_ROW = Arrays.stream(Outcome.values()).mapToInt(o -> Table3Row.of(o).ordinal()).toArray();
    private static final ApplicantColumn[] COLUMN_ORDER = ApplicantColumn.values();
    private static final Table3Row[] ROW_ORDER = Table3Row.values();

    final Table3 table;
    /** Requests finished in the year by their due date. */
    final int closedOnTime;

    private Table3Count(Table3 table, int closedOnTime) {
        this.table = table;
        this.closedOnTime = closedOnTime;
    }

    static Table3Count of(AgencyRecords records, int year, Function<DisclosureRequest, StatutoryClock> clock) {
        long first = LocalDate.of(year, 1, 1).toEpochDay();
        long last = LocalDate.of(year, 12, 31).toEpochDay();
        int[][] counts = new int[ROWS][COLUMNS];
        int closedOnTime = 0;
        for (int i = 0; i < records.receivedDay.length; i++) {
            long received = records.receivedDay[i];
            long finished = records.finishedDay[i];
            if (received > last || finished < first) {
                continue;
            }
            int column = records.applicantType[i];
            counts[received >= first ? NEW : CARRIED_OVER][column]++;
            if (finished > last) {
                counts[CARRIED_FORWARD][column]++;
            } else {
                counts[OUTCOME_ROW[records.outcome[i]]][column]++;
                DisclosureRequest request = records.requests.get(i);
                if (finished <= clock.apply(request).deadline(request).dueOn().toEpochDay()) {
                    closedOnTime++;
                }
            }
        }
        for (int row = FIRST_OUTCOME_ROW; row < TOTAL_HANDLED; row++) {
            for (int c = 0; c < TOTAL; c++) {
                counts[TOTAL_HANDLED][c] += counts[row][c];
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
        return new Table3Count(table.build(), closedOnTime);
    }
}
