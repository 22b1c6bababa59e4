package org.gongkai.report.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;

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
        int known = 0;
        int recovered = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        List<String> claimed = new ArrayList<>();
        for (CellRef cell : CellRef.all()) {
            Object want = cell.in(expected);
            Object got = cell.in(read);
            if (want == null) {
                if (got != null) {
                    claimed.add(cell + ": " + got);
                }
                continue;
            }
            known++;
            if (got == null) {
                unread.add(cell.name());
            } else if (same(want, got)) {
                recovered++;
            } else {
                wrong.add(cell + ": " + want + " → " + got);
            }
        }
        return new ReadAccuracy(known, recovered, wrong, unread, claimed);
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
