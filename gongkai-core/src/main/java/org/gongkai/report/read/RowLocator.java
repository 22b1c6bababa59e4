package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Find a table's row labels in order within a stretch of text, and the stretch of figures after each.
 * A label repeated before the next row's label (a heading, then the same label on the data row) counts at
 * its last place; a label found only before the previous row's is out of order.
 */
final class RowLocator {

    /** Where one label was found; its figures lie in {@code [labelEnd, valuesEnd)}. */
    record Located(String key, int labelStart, int labelEnd, int valuesEnd, boolean outOfOrder) {
    }

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
        for (int i = 0; i + 1 < found.size(); i++) {
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
                    Math.max(end, nextStart), disorder.get(i)));
        }
        return located;
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
