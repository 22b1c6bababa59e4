package org.gongkai.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Builds a short HTML excerpt around the matches. Matching is on the text as written (case-insensitive), which is
 * what a phrase match means; Lucene's token highlighter would mark whole runs of overlapping bigrams instead.
 */
final class Snippets {

    static final int WIDTH = 80;

    private Snippets() {
    }

    /** Return the best window of {@code text} for {@code needles}, escaped, matches in {@code <em>}; empty if none match. */
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
            out.append(escape(text.substring(at, m[0]))).append("<em>").append(escape(text.substring(m[0], m[1]))).append("</em>");
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
        String haystack = text.toLowerCase(Locale.ROOT);
        boolean sameLength = haystack.length() == text.length();
        List<int[]> found = new ArrayList<>();
        for (String needle : needles) {
            String n = sameLength ? needle.toLowerCase(Locale.ROOT) : needle;
            String h = sameLength ? haystack : text;
            if (n.isBlank()) {
                continue;
            }
            for (int i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
                found.add(new int[] {i, i + n.length()});
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
