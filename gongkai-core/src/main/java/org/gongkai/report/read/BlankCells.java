package org.gongkai.report.read;

import java.util.List;

/**
 * Decide which cells printed blank are zero. A blank counts as zero unless a sum that involves it fails;
 * then the blanks in the most failing sums are unread, the sums are tried again, and every other blank in
 * the column of an unread one is unread too (a column left empty, not a column of zeros).
 */
final class BlankCells {

    private BlankCells() {
    }

    /** Replace in {@code out} the blanks the sums contradict with unread cells, saying why. */
    static void blame(GridSolver.Resolved[] out, List<Equation> equations, int[][] cellsOf, int[] columnOf) {
        int size = out.length;
        boolean[] blamed = new boolean[size];
        while (true) {
            int[] failures = new int[size];
            int most = 0;
            for (int i = 0; i < equations.size(); i++) {
                Equation e = equations.get(i);
                boolean closed = true;
                boolean hasBlank = false;
                long balance = 0;
                for (int c : e.plus()) {
                    closed &= out[c].value() != null;
                    hasBlank |= out[c].confidence() == Confidence.BLANK_AS_ZERO;
                    balance += out[c].value() == null ? 0 : out[c].value();
                }
                for (int c : e.minus()) {
                    closed &= out[c].value() != null;
                    hasBlank |= out[c].confidence() == Confidence.BLANK_AS_ZERO;
                    balance -= out[c].value() == null ? 0 : out[c].value();
                }
                if (!closed || !hasBlank || balance == 0) {
                    continue;
                }
                for (int c : cellsOf[i]) {
                    if (out[c].confidence() == Confidence.BLANK_AS_ZERO) {
                        most = Math.max(most, ++failures[c]);
                    }
                }
            }
            if (most == 0) {
                break;
            }
            for (int c = 0; c < size; c++) {
                if (failures[c] == most) {
                    blamed[c] = true;
                    out[c] = new GridSolver.Resolved(null, Confidence.MISSING, out[c].token(), "印刷为空白，但按合计不为0");
                }
            }
        }
        for (int c = 0; c < size; c++) {
            if (out[c].confidence() != Confidence.BLANK_AS_ZERO) {
                continue;
            }
            for (int b = 0; b < size; b++) {
                if (blamed[b] && columnOf[b] == columnOf[c]) {
                    out[c] = new GridSolver.Resolved(null, Confidence.MISSING, out[c].token(), "印刷为空白，该列的空白格未填");
                    break;
                }
            }
        }
    }
}
