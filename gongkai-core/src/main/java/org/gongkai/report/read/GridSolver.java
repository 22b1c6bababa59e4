package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Settle the cells of one table from the readings of its rows and the sums the table must satisfy.
 *
 * <p>When a row has more than one reading, every combination is tried against the table's sums; a cell is
 * known when all the combinations that add up agree on it. A figure lost in extraction is inferred only
 * from a sum that has no other unknown. A cell printed blank counts as zero unless a sum that fails only
 * because of blanks says otherwise; then that blank, and every blank in its column, is unread.
 */
final class GridSolver {

    /** The readings of one row, over these cell indexes; no reading means the row was not found. */
    record Group(int[] cells, List<Candidate> candidates, String missingReason) {
    }

    /** What was settled for one cell. */
    record Resolved(Integer value, Confidence confidence, Token token, String reason) {
    }

    private static final int COMBINATIONS = 4096;

    private final int size;
    private final List<Group> groups;
    private final List<Equation> equations;
    private final int[] columnOf;
    private final int[][] cellsOf;

    GridSolver(int size, List<Group> groups, List<Equation> equations, int[] columnOf) {
        this.size = size;
        this.groups = groups;
        this.equations = equations;
        this.columnOf = columnOf;
        this.cellsOf = new int[equations.size()][];
        for (int i = 0; i < equations.size(); i++) {
            Equation e = equations.get(i);
            cellsOf[i] = Arrays.copyOf(e.plus(), e.plus().length + e.minus().length);
            System.arraycopy(e.minus(), 0, cellsOf[i], e.plus().length, e.minus().length);
        }
    }

    Resolved[] solve() {
        Resolved[] out = new Resolved[size];
        List<Group> ambiguous = new ArrayList<>();
        long product = 1;
        for (Group g : groups) {
            if (g.candidates().size() > 1) {
                ambiguous.add(g);
                product = Math.min(product * g.candidates().size(), Long.MAX_VALUE / 64);
            }
        }
        List<Integer[]> consistent = new ArrayList<>();
        Slot[] base = baseSlots();
        if (product <= COMBINATIONS) {
            int[] choice = new int[ambiguous.size()];
            for (long n = 0; n < product; n++) {
                long rest = n;
                for (int a = 0; a < ambiguous.size(); a++) {
                    int count = ambiguous.get(a).candidates().size();
                    choice[a] = (int) (rest % count);
                    rest /= count;
                }
                Slot[] slots = base.clone();
                for (int a = 0; a < ambiguous.size(); a++) {
                    place(slots, ambiguous.get(a), ambiguous.get(a).candidates().get(choice[a]));
                }
                Integer[] values = settle(slots);
                if (values != null) {
                    consistent.add(values);
                }
            }
        }
        for (Group g : groups) {
            for (int i = 0; i < g.cells().length; i++) {
                out[g.cells()[i]] = resolve(g, i, consistent);
            }
        }
        for (int c = 0; c < size; c++) {
            if (out[c] == null) {
                out[c] = new Resolved(null, Confidence.MISSING, null, "未找到该格");
            }
        }
        BlankCells.blame(out, equations, cellsOf, columnOf);
        return out;
    }

    private Slot[] baseSlots() {
        Slot[] slots = new Slot[size];
        Arrays.fill(slots, new Slot(Slot.Kind.NOT_APPLICABLE, null, null));
        for (Group g : groups) {
            if (g.candidates().size() == 1) {
                place(slots, g, g.candidates().get(0));
            }
        }
        return slots;
    }

    private static void place(Slot[] slots, Group g, Candidate candidate) {
        for (int i = 0; i < g.cells().length; i++) {
            slots[g.cells()[i]] = candidate.slots()[i];
        }
    }

    /** Return the values of this combination with lost figures inferred, or {@code null} if a sum fails. */
    private Integer[] settle(Slot[] slots) {
        Integer[] values = new Integer[size];
        boolean[] open = new boolean[size];
        for (int c = 0; c < size; c++) {
            values[c] = slots[c].kind() == Slot.Kind.BLANK ? Integer.valueOf(0) : slots[c].value();
            open[c] = slots[c].kind() == Slot.Kind.UNKNOWN;
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = 0; i < equations.size(); i++) {
                Equation e = equations.get(i);
                int unknown = -1;
                int unknowns = 0;
                boolean closed = true;
                for (int c : cellsOf[i]) {
                    if (values[c] == null) {
                        if (open[c]) {
                            unknowns++;
                            unknown = c;
                        } else {
                            closed = false;
                        }
                    }
                }
                if (!closed || unknowns != 1) {
                    continue;
                }
                long balance = sum(values, e.plus()) - sum(values, e.minus());
                boolean onPlus = contains(e.plus(), unknown);
                long derived = onPlus ? -balance : balance;
                if (derived < 0 || derived > Integer.MAX_VALUE) {
                    return null;
                }
                values[unknown] = (int) derived;
                progress = true;
            }
        }
        for (Equation e : equations) {
            if (isClosed(values, e) && sum(values, e.plus()) != sum(values, e.minus())) {
                return null;
            }
        }
        return values;
    }

    private Resolved resolve(Group g, int index, List<Integer[]> consistent) {
        int cell = g.cells()[index];
        if (g.candidates().isEmpty()) {
            return new Resolved(null, Confidence.MISSING, null, g.missingReason());
        }
        Candidate first = g.candidates().get(0);
        Slot slot = first.slots()[index];
        if (slot.kind() == Slot.Kind.NOT_APPLICABLE && g.candidates().size() == 1) {
            return new Resolved(null, Confidence.MISSING, slot.token(), "印刷为“/”（不适用）");
        }
        if (slot.kind() == Slot.Kind.UNREADABLE && g.candidates().size() == 1) {
            return new Resolved(null, Confidence.MISSING, slot.token(), "数字过长，不是计数");
        }
        if (!consistent.isEmpty()) {
            Integer agreed = consistent.get(0)[cell];
            for (Integer[] values : consistent) {
                if (agreed == null || !agreed.equals(values[cell])) {
                    agreed = null;
                    break;
                }
            }
            if (agreed == null) {
                return new Resolved(null, Confidence.MISSING, null, "数字连写或错位，有多种读法，无法唯一确定");
            }
            return settled(g, index, agreed);
        }
        for (Candidate c : g.candidates()) {
            Slot s = c.slots()[index];
            if (s.kind() == Slot.Kind.UNKNOWN || s.kind() != slot.kind()
                    || !java.util.Objects.equals(s.value(), slot.value())) {
                return new Resolved(null, Confidence.MISSING, null,
                        g.candidates().size() > 1 ? "有多种读法，合计又不相符，无法确定" : "数字缺失，合计不相符，无法推定");
            }
        }
        return settled(g, index, slot.kind() == Slot.Kind.BLANK ? Integer.valueOf(0) : slot.value());
    }

    private static Resolved settled(Group g, int index, Integer value) {
        List<Candidate> readings = g.candidates();
        Slot slot = readings.get(0).slots()[index];
        if (readings.size() == 1 && slot.kind() == Slot.Kind.NUMBER && readings.get(0).how().isEmpty()) {
            return new Resolved(value, Confidence.READ, slot.token(), "");
        }
        if (readings.size() == 1 && slot.kind() == Slot.Kind.BLANK) {
            return new Resolved(value, Confidence.BLANK_AS_ZERO, slot.token(), "印刷为空白，按0计");
        }
        boolean printed = readings.stream().allMatch(c -> c.slots()[index].kind() == Slot.Kind.NUMBER
                && java.util.Objects.equals(c.slots()[index].token(), slot.token()));
        String how = readings.get(0).how().isEmpty() ? "按表内合计确定" : readings.get(0).how();
        return new Resolved(value, Confidence.INFERRED, printed ? slot.token() : null,
                printed ? how : how + "；该格由勾稽关系推定");
    }

    private static boolean isClosed(Integer[] values, Equation e) {
        for (int c : e.plus()) {
            if (values[c] == null) {
                return false;
            }
        }
        for (int c : e.minus()) {
            if (values[c] == null) {
                return false;
            }
        }
        return true;
    }

    private static long sum(Integer[] values, int[] cells) {
        long total = 0;
        for (int c : cells) {
            total += values[c] == null ? 0 : values[c];
        }
        return total;
    }

    private static boolean contains(int[] cells, int cell) {
        for (int c : cells) {
            if (c == cell) {
                return true;
            }
        }
        return false;
    }
}
