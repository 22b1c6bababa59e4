package org.gongkai.report.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.appeal.AppealKind;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Table2;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;

/**
 * How well a reading matches the figures known by other means (a compiled report, a hand-read truth file):
 * the cells recovered, the cells read wrong, the cells left unread, and the cells claimed where the
 * truth says no figure can be read with certainty.
 *
 * @param known how many cells the expected report knows
 * @param recovered how many of those the reading has, equal
 * @param wrong cells the reading has with another figure, as {@code cell: expected → read}
 * @param unread cells the expected report knows and the reading leaves unknown
 * @param claimed cells the expected report leaves unknown and the reading claims a figure for
 */
public record ReadAccuracy(int known, int recovered, List<String> wrong, List<String> unread, List<String> claimed) {

    public ReadAccuracy {
        wrong = List.copyOf(wrong);
        unread = List.copyOf(unread);
        claimed = List.copyOf(claimed);
    }

    /** Compare every table cell of {@code expected} with the same cell of {@code read}. */
    public static ReadAccuracy of(AnnualReport expected, AnnualReport read) {
        Map<String, Object[]> pairs = new LinkedHashMap<>();
        for (Table3Row row : Table3Row.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                pairs.put(CellRef.table3(row, column).name(),
                        new Object[] {expected.table3().cell(row, column), read.table3().cell(row, column)});
            }
        }
        for (AppealKind kind : AppealKind.values()) {
            for (Table4Column column : Table4Column.values()) {
                pairs.put(CellRef.table4(kind, column).name(),
                        new Object[] {expected.table4().cell(kind, column), read.table4().cell(kind, column)});
            }
        }
        table2(pairs, expected.table2(), read.table2());
        int known = 0;
        int recovered = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<String> claimed = new ArrayList<>();
        for (Map.Entry<String, Object[]> pair : pairs.entrySet()) {
            Object want = pair.getValue()[0];
            Object got = pair.getValue()[1];
            if (want == null) {
                if (got != null) {
                    claimed.add(pair.getKey() + ": " + got);
                }
                continue;
            }
            known++;
            if (got == null) {
                unread.add(pair.getKey());
            } else if (same(want, got)) {
                recovered++;
            } else {
                wrong.add(pair.getKey() + ": " + want + " → " + got);
            }
        }
        return new ReadAccuracy(known, recovered, wrong, unread, claimed);
    }

    private static void table2(Map<String, Object[]> pairs, Table2 expected, Table2 read) {
        String[] columns = {"ISSUED", "REPEALED", "IN_FORCE"};
        Table2.DocumentCounts[][] documents = {{expected.rules(), read.rules()},
                {expected.normativeDocuments(), read.normativeDocuments()}};
        String[] rows = {"RULE", "NORMATIVE_DOCUMENT"};
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                pairs.put(CellRef.table2(rows[r], columns[c]).name(),
                        new Object[] {figure(documents[r][0], c), figure(documents[r][1], c)});
            }
        }
        pairs.put(CellRef.table2("LICENSING", "").name(), new Object[] {expected.licensing(), read.licensing()});
        pairs.put(CellRef.table2("PENALTY", "").name(), new Object[] {expected.penalty(), read.penalty()});
        pairs.put(CellRef.table2("COERCION", "").name(), new Object[] {expected.coercion(), read.coercion()});
        pairs.put(CellRef.table2("FEES_WAN_YUAN", "").name(), new Object[] {expected.feesWanYuan(), read.feesWanYuan()});
    }

    private static Integer figure(Table2.DocumentCounts counts, int column) {
        return column == 0 ? counts.issued() : column == 1 ? counts.repealed() : counts.inForce();
    }

    private static boolean same(Object want, Object got) {
        if (want instanceof BigDecimal a && got instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return want.equals(got);
    }

    /** Return whether every known cell was recovered and nothing was claimed that the truth leaves open. */
    public boolean isExact() {
        return recovered == known && claimed.isEmpty();
    }
}
