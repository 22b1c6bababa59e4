package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Find a table's row labels in order within a stretch of text, and the stretch of figures after each.
 * A label repeated before the next row's label (a heading, then the same label on the data row) counts at
 * its last place; a label found only before the previous row's is out of order. A label not found as
 * printed is looked for, misprinted (one character dropped, added or wrong, or two swapped), between the
 * rows found before and after it.
 */
final class RowLocator {

    /**
     * Where one label was found; its figures lie in {@code [labelEnd, valuesEnd)}.
     *
     * @param misprinted whether the label was found only as a misprint of its keyword
     */
    record Located(String key, int labelStart, int labelEnd, int valuesEnd, boolean outOfOrder, boolean misprinted) {
    }

    /** The shortest keyword matched with a misprint: shorter ones are too common to tell apart. */
    private static final int MISPRINT_MIN_LENGTH = 3;

    private RowLocator() {
    }

    static Map<String, Located> locate(String text, int from, int to, List<LabelSpec> specs) {
        List<int[]> found = new ArrayList<>();
        List<LabelSpec> foundSpecs = new ArrayList<>();
        List<Boolean> disorder = new ArrayList<>();
        int cursor = from;
        int firstRow = -1;
        for (LabelSpec spec : specs) {
            int at = spec.find(text, cursor, to);
            boolean outOfOrder = false;
            if (at < 0 && firstRow >= 0) {
                at = spec.find(text, firstRow, cursor);
                outOfOrder = at >= 0;
            }
            if (at < 0) {
                continue;
            }
            int keywordEnd = at + spec.keywordLength(text, at);
            found.add(new int[] {at, keywordEnd});
            foundSpecs.add(spec);
            disorder.add(outOfOrder);
            if (!outOfOrder) {
                cursor = keywordEnd;
            }
            if (firstRow < 0) {
                firstRow = keywordEnd;
            }
        }
        List<Boolean> misprinted = new ArrayList<>();
        found.forEach(f -> misprinted.add(false));
        for (int s = 0; s < specs.size(); s++) {
            LabelSpec spec = specs.get(s);
            if (foundSpecs.contains(spec) || spec.itemNumber() != '\0') {
                continue;
            }
            int gapStart = from;
            int gapEnd = to;
            for (int i = 0; i < foundSpecs.size(); i++) {
                if (disorder.get(i)) {
                    continue;
                }
                if (specs.indexOf(foundSpecs.get(i)) < s) {
                    gapStart = Math.max(gapStart, found.get(i)[1]);
                } else {
                    gapEnd = Math.min(gapEnd, found.get(i)[0]);
                }
            }
            int[] near = nearMatch(text, gapStart, gapEnd, spec);
            if (near != null) {
                found.add(near);
                foundSpecs.add(spec);
                disorder.add(false);
                misprinted.add(true);
            }
        }
        for (int i = 0; i + 1 < found.size(); i++) {
            if (misprinted.get(i) || misprinted.get(i + 1)) {
                continue;
            }
            int nextStart = found.get(i + 1)[0];
            if (nextStart <= found.get(i)[0]) {
                continue;
            }
            int again = foundSpecs.get(i).find(text, found.get(i)[1], nextStart);
            while (again >= 0) {
                found.set(i, new int[] {again, again + foundSpecs.get(i).keywordLength(text, again)});
                again = foundSpecs.get(i).find(text, found.get(i)[1], nextStart);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> found.get(i)[0]));
        Map<String, Located> located = new LinkedHashMap<>();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            int start = labelStart(text, found.get(i)[0]);
            int nextStart = k + 1 < order.size() ? labelStart(text, found.get(order.get(k + 1))[0]) : to;
            int end = Math.min(labelEnd(text, found.get(i)[1], to), nextStart);
            located.put(foundSpecs.get(i).key(), new Located(foundSpecs.get(i).key(), start, end,
                    Math.max(end, nextStart), disorder.get(i), misprinted.get(i)));
        }
        return located;
    }

    /**
     * Return the last stretch of {@code text[from, to)} one misprint away from a keyword, as {start, end}, or
     * null; the last, as a label repeated before its row counts at its last place.
     */
    private static int[] nearMatch(String text, int from, int to, LabelSpec spec) {
        for (int start = to - 1; start >= from; start--) {
            if (!TextNormalizer.isIdeograph(text.charAt(start))) {
                continue;
            }
            for (String keyword : spec.keywords()) {
                for (int length = keyword.length() - 1; length <= keyword.length() + 1; length++) {
                    int end = start + length;
                    if (length >= MISPRINT_MIN_LENGTH && keyword.length() >= MISPRINT_MIN_LENGTH && end <= to
                            && ideographs(text, start, end) && oneMisprintApart(text.substring(start, end), keyword)) {
                        return new int[] {start, end};
                    }
                }
            }
        }
        return null;
    }

    private static boolean ideographs(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!TextNormalizer.isIdeograph(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Return whether {@code a} is {@code b} with one character dropped, added or replaced, or two neighbours swapped. */
    static boolean oneMisprintApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = 0;
            while (a.charAt(first) == b.charAt(first)) {
                first++;
            }
            if (a.substring(first + 1).equals(b.substring(first + 1))) {
                return true;
            }
            return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                    && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /** Return where the label around a keyword starts: back over its ideographs and an item number. */
    static int labelStart(String text, int keywordStart) {
        int i = keywordStart;
        while (i > 0 && isLabelChar(text.charAt(i - 1))) {
            i--;
        }
        if (i >= 2 && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '、') && Material.isDigit(text.charAt(i - 2))) {
            return i - 2;
        }
        if (i >= 3 && text.charAt(i - 1) == ')') {
            int open = text.lastIndexOf('(', i - 1);
            if (open >= 0 && i - open <= 4) {
                return open;
            }
        }
        return i;
    }

    /** Return where the label's own text ends: at the first digit, cell separator or {@code limit}. */
    private static int labelEnd(String text, int keywordEnd, int limit) {
        int i = keywordEnd;
        while (i < limit && !Material.isDigit(text.charAt(i)) && !FlatText.isSeparator(text.charAt(i))
                && text.charAt(i) != '/') {
            i++;
        }
        return i;
    }

    private static boolean isLabelChar(char c) {
        return TextNormalizer.isIdeograph(c) || c == '“' || c == '”' || c == '"';
    }
}
