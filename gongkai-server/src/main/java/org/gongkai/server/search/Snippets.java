package org.gongkai.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a short HTML excerpt around the matches. Matching is of the normalised words in the normalised text, as the
 * search matched them ({@link SearchText}), marked on the text as written; Lucene's token highlighter would mark
 * whole runs of overlapping character pairs instead.
 */
final class Snippets {

    static final int WIDTH = 80;

    private Snippets() {
    }

    /** Return the best window of {@code text} for {@code needles} (normalised), escaped, matches in {@code <mark>}; empty if none match. */
    static String around(String text, List<String> needles) {
        List<int[]> matches = matches(text, needles);
        if (matches.isEmpty()) {
            return "";
        }
        int bestStart = 0;
        int bestCount = -1;
        for (int[] m : matches) {
            int start = Math.max(0, m[0] - WIDTH / 4);
            int count = (int) matches.stream().filter(o -> o[0] >= start && o[1] <= start + WIDTH).count();
            if (count > bestCount) {
                bestCount = count;
                bestStart = start;
            }
        }
        int end = Math.min(text.length(), bestStart + WIDTH);
        StringBuilder out = new StringBuilder();
        if (bestStart > 0) {
            out.append('…');
        }
        int at = bestStart;
        for (int[] m : matches) {
            if (m[0] < bestStart || m[1] > end) {
                continue;
            }
            out.append(escape(text.substring(at, m[0]))).append("<mark>").append(escape(text.substring(m[0], m[1]))).append("</mark>");
            at = m[1];
        }
        out.append(escape(text.substring(at, end)));
        if (end < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /** Return the start of {@code text}, escaped, for items that match only in metadata. */
    static String start(String text) {
        return escape(text.length() <= WIDTH ? text : text.substring(0, WIDTH)) + (text.length() > WIDTH ? "…" : "");
    }

    private static List<int[]> matches(String text, List<String> needles) {
        SearchText.Mapped normalised = SearchText.mapped(text);
        String haystack = normalised.text();
        int[] from = normalised.from();
        List<int[]> found = new ArrayList<>();
        for (String n : needles) {
            for (int i = haystack.indexOf(n); i >= 0; i = haystack.indexOf(n, i + 1)) {
                int last = from[i + n.length() - 1];
                found.add(new int[] {from[i], last + Character.charCount(text.codePointAt(last))});
            }
        }
        found.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> -m[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] m : found) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m[0] <= last[1]) {
                last[1] = Math.max(last[1], m[1]);
            } else {
                merged.add(new int[] {m[0], m[1]});
            }
        }
        return merged;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
