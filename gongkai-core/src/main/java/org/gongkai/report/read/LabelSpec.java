package org.gongkai.report.read;

import java.util.List;

/**
 * How to recognise one row label in published text: any of its keywords (normalized, the distinctive part
 * of the label, so that typos and reworded labels elsewhere still match), and, for a label as generic as
 * 其他, the item number that must precede it.
 *
 * @param itemNumber the digit that must precede the keyword (as in {@code 3.其他}), or {@code 0} for none
 */
record LabelSpec(String key, List<String> keywords, char itemNumber) {

    static LabelSpec of(String key, String... keywords) {
        return new LabelSpec(key, List.of(keywords), '\0');
    }

    /** Return where the earliest keyword occurs in {@code text[from, to)}, or -1; sets nothing. */
    int find(String text, int from, int to) {
        int best = -1;
        for (String keyword : keywords) {
            int at = text.indexOf(keyword, from);
            while (at >= 0 && at + keyword.length() <= to && !numbered(text, at)) {
                at = text.indexOf(keyword, at + 1);
            }
            if (at >= 0 && at + keyword.length() <= to && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** Return the length of the keyword found at {@code at}. */
    int keywordLength(String text, int at) {
        for (String keyword : keywords) {
            if (text.startsWith(keyword, at)) {
                return keyword.length();
            }
        }
        return 0;
    }

    private boolean numbered(String text, int at) {
        if (itemNumber == '\0') {
            return true;
        }
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == '、' || text.charAt(i) == ')')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == itemNumber;
    }
}
