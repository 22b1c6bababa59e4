package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The ways a row's tokens can fill its cells: one to one when the counts agree; otherwise digit runs split
 * into several figures (text that lost its cell separators), extra figures dropped, or missing figures left
 * open. Each reading must pass the row's own sums; readings that agree on every value are merged.
 */
final class Candidates {

    /** The most readings tried for one row; beyond this the row is reported unreadable. */
    static final int LIMIT = 20_000;

    /** How a row is read whose digit count leaves one split only, whether or not its sums hold. */
    static final String BY_DIGIT_COUNT = "数字连写，位数只容一种拆分";

    /** Why a row's cells are unread when every split of its digits breaks the row's own sums. */
    static final String CANNOT_ADD_UP = "数字连写，无论怎样拆分本行都不能相加相符";

    private Candidates() {
    }

    /** Return the figure of a digit run, or {@code null} when it is too long to be a count. */
    static Integer parse(String digits) {
        if (digits.indexOf('.') >= 0) {
            int dot = digits.indexOf('.');
            return digits.substring(dot + 1).chars().allMatch(c -> c == '0') ? parse(digits.substring(0, dot)) : null;
        }
        if (digits.length() > 9) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    static List<Candidate> of(List<Token> tokens, int cells, Predicate<Slot[]> rowSums) {
        if (tokens.size() == cells) {
            return List.of(positional(tokens, ""));
        }
        int first = 0;
        int last = tokens.size();
        while (first < last && tokens.get(first).kind() == Token.Kind.BLANK) {
            first++;
        }
        while (last > first && tokens.get(last - 1).kind() == Token.Kind.BLANK) {
            last--;
        }
        if (last - first == cells) {
            return List.of(positional(tokens.subList(first, last), ""));
        }
        List<Token> values = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isValue()) {
                values.add(t);
            }
        }
        if (values.size() == cells) {
            return List.of(positional(values, ""));
        }
        if (values.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        if (values.size() < cells) {
            if (splitWork(values, cells) <= LIMIT * 10.0) {
                splits(values, 0, cells, new ArrayList<>(), rowSums, found, LIMIT);
                if (found.isEmpty()) {
                    List<Candidate> unchecked = uncheckedSplits(values, cells);
                    if (unchecked.size() == 1) {
                        return List.of(new Candidate(unchecked.get(0).slots(), BY_DIGIT_COUNT));
                    }
                    if (!unchecked.isEmpty()) {
                        return List.of();
                    }
                }
            }
            if (found.isEmpty()) {
                placements(values, cells, rowSums, found);
            }
        } else if (values.size() - cells <= 4) {
            drops(values, cells, rowSums, found);
        }
        return distinct(found);
    }

    /**
     * Return whether a row for which {@link #of} found no reading has figures that split into its cells in
     * more than one way, none passing the row's own sums: an arithmetic error of the report, not a reading
     * left open.
     */
    static boolean cannotAddUp(List<Token> tokens, int cells) {
        List<Token> values = tokens.stream().filter(Token::isValue).toList();
        return values.size() < cells && !values.isEmpty() && splitWork(values, cells) <= LIMIT * 10.0
                && uncheckedSplits(values, cells).size() > 1;
    }

    /** Return at most two splits of the digits into the cells, sums aside. */
    private static List<Candidate> uncheckedSplits(List<Token> values, int cells) {
        List<Candidate> any = new ArrayList<>();
        splits(values, 0, cells, new ArrayList<>(), s -> true, any, 1);
        return any;
    }

    /** Return about how many splits there are: the digits' gaps choose the extra cuts. */
    private static double splitWork(List<Token> values, int cells) {
        int digits = 0;
        for (Token t : values) {
            digits += t.text().length();
        }
        int cuts = cells - values.size();
        double work = 1;
        for (int i = 0; i < cuts; i++) {
            work = work * (digits - 1 - i) / (i + 1);
        }
        return work;
    }

    private static Candidate positional(List<Token> tokens, String how) {
        Slot[] slots = new Slot[tokens.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = Slot.of(tokens.get(i));
        }
        return new Candidate(slots, how);
    }

    private static void splits(List<Token> values, int index, int cells, List<Slot> acc,
            Predicate<Slot[]> rowSums, List<Candidate> out, int limit) {
        if (out.size() > limit) {
            return;
        }
        int remainingTokens = values.size() - index;
        if (index == values.size()) {
            if (acc.size() == cells) {
                Slot[] slots = acc.toArray(new Slot[0]);
                if (rowSums.test(slots)) {
                    out.add(new Candidate(slots, "数字连写，按本行合计拆分"));
                }
            }
            return;
        }
        Token token = values.get(index);
        int room = cells - acc.size() - (remainingTokens - 1);
        if (!token.isSplittable()) {
            if (room >= 1) {
                acc.add(Slot.of(token));
                splits(values, index + 1, cells, acc, rowSums, out, limit);
                acc.remove(acc.size() - 1);
            }
            return;
        }
        int mostAfter = 0;
        for (int i = index + 1; i < values.size(); i++) {
            mostAfter += values.get(i).isSplittable() ? values.get(i).text().length() : 1;
        }
        int fewest = Math.max(1, cells - acc.size() - mostAfter);
        for (int parts = fewest; parts <= Math.min(room, token.text().length()); parts++) {
            splitRun(token, 0, parts, values, index, cells, acc, rowSums, out, limit);
        }
    }

    private static void splitRun(Token token, int from, int parts, List<Token> values, int index, int cells,
            List<Slot> acc, Predicate<Slot[]> rowSums, List<Candidate> out, int limit) {
        String digits = token.text();
        if (parts == 1) {
            String piece = digits.substring(from);
            if (validPiece(piece)) {
                acc.add(piece(token, from, piece));
                splits(values, index + 1, cells, acc, rowSums, out, limit);
                acc.remove(acc.size() - 1);
            }
            return;
        }
        for (int end = from + 1; end <= digits.length() - (parts - 1); end++) {
            String piece = digits.substring(from, end);
            if (!validPiece(piece)) {
                continue;
            }
            acc.add(piece(token, from, piece));
            splitRun(token, end, parts - 1, values, index, cells, acc, rowSums, out, limit);
            acc.remove(acc.size() - 1);
            if (out.size() > limit) {
                return;
            }
        }
    }

    private static Slot piece(Token token, int from, String piece) {
        return Slot.of(new Token(Token.Kind.NUMBER, piece, token.offset() + from));
    }

    private static boolean validPiece(String piece) {
        return !piece.isEmpty() && piece.length() <= 9 && (piece.length() == 1 || piece.charAt(0) != '0');
    }

    private static void placements(List<Token> values, int cells, Predicate<Slot[]> rowSums, List<Candidate> out) {
        choose(cells, values.size(), new int[values.size()], 0, 0, chosen -> {
            Slot[] slots = new Slot[cells];
            java.util.Arrays.fill(slots, Slot.UNKNOWN);
            for (int i = 0; i < chosen.length; i++) {
                slots[chosen[i]] = Slot.of(values.get(i));
            }
            if (rowSums.test(slots)) {
                out.add(new Candidate(slots, "数字少于格数，空缺位置由合计推定"));
            }
        }, out);
    }

    private static void drops(List<Token> values, int cells, Predicate<Slot[]> rowSums, List<Candidate> out) {
        choose(values.size(), cells, new int[cells], 0, 0, kept -> {
            Slot[] slots = new Slot[cells];
            for (int i = 0; i < cells; i++) {
                slots[i] = Slot.of(values.get(kept[i]));
            }
            if (rowSums.test(slots)) {
                out.add(new Candidate(slots, "数字多于格数，按本行合计对齐"));
            }
        }, out);
    }

    /** Call back with every increasing choice of {@code k} indexes out of {@code n}. */
    private static void choose(int n, int k, int[] chosen, int depth, int from,
            java.util.function.Consumer<int[]> each, List<Candidate> out) {
        if (out.size() > LIMIT) {
            return;
        }
        if (depth == k) {
            each.accept(chosen);
            return;
        }
        for (int i = from; i <= n - (k - depth); i++) {
            chosen[depth] = i;
            choose(n, k, chosen, depth + 1, i + 1, each, out);
        }
    }

    private static List<Candidate> distinct(List<Candidate> found) {
        if (found.size() > LIMIT) {
            return List.of();
        }
        java.util.Map<String, Candidate> distinct = new java.util.LinkedHashMap<>();
        for (Candidate c : found) {
            distinct.putIfAbsent(c.valueKey(), c);
        }
        return new ArrayList<>(distinct.values());
    }
}
