package org.gongkai.server.search;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The one normalisation that search applies to every indexed text and to every search word, so that what the index
 * finds is exactly what {@code normalised(field) LIKE '%' || normalised(word) || '%'} finds (docs/search.md). Each
 * character in turn:
 * <ol>
 * <li>is replaced by its Unicode compatibility form (NFKC of that one character): full-width Latin letters, digits and
 * punctuation become half-width, the ideographic space a plain space, ① becomes 1;</li>
 * <li>is dropped if it is white space ({@link Character#isWhitespace} or a space separator);</li>
 * <li>if it is an opening bracket of 〔〕 【】 [] () 〖〗 ［］ （）, becomes 〔; if a closing one, 〕;</li>
 * <li>is lower-cased ({@link Character#toLowerCase(int)}).</li>
 * </ol>
 * Han characters and ASCII letters and digits take a fast path with the same result.
 */
public final class SearchText {

    static final char OPEN = '〔';
    static final char CLOSE = '〕';
    private static final String OPENING = "〔【[(〖［（";
    private static final String CLOSING = "〕】])〗］）";
    /** NFKC of each BMP character once computed (punctuation recurs in every text); racy but idempotent. */
    private static final String[] COMPATIBLE = new String[Character.MAX_VALUE + 1];

    private SearchText() {
    }

    /** Return {@code text} normalised. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        normalise(text, out, null);
        return out.toString();
    }

    /**
     * {@code text} normalised, and for each char of it the index in the original of the character it came from
     * ({@code from[text.length()]} is the original's length).
     */
    record Mapped(String text, int[] from) {
    }

    static Mapped mapped(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[][] from = {new int[original.length() + 1]};
        normalise(original, out, from);
        int[] map = Arrays.copyOf(from[0], out.length() + 1);
        map[out.length()] = original.length();
        return new Mapped(out.toString(), map);
    }

    private static void normalise(String text, StringBuilder out, int[][] from) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isPlain(c)) {
                append(out, from, i, c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            } else {
                String compatible = compatible(text, i, next);
                for (int j = 0; j < compatible.length(); ) {
                    int d = compatible.codePointAt(j);
                    j += Character.charCount(d);
                    if (!Character.isWhitespace(d) && !Character.isSpaceChar(d)) {
                        append(out, from, i, bracket(d));
                    }
                }
            }
            i = next;
        }
    }

    /** Return the number of characters (code points) of {@code normalised}. */
    static int length(String normalised) {
        return normalised.codePointCount(0, normalised.length());
    }

    private static String compatible(String text, int start, int end) {
        if (end - start == 2) {
            return Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC);
        }
        char c = text.charAt(start);
        String known = COMPATIBLE[c];
        if (known == null) {
            known = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            COMPATIBLE[c] = known;
        }
        return known;
    }

    private static boolean isPlain(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static int bracket(int c) {
        if (OPENING.indexOf(c) >= 0) {
            return OPEN;
        }
        if (CLOSING.indexOf(c) >= 0) {
            return CLOSE;
        }
        return Character.toLowerCase(c);
    }

    private static void append(StringBuilder out, int[][] from, int source, int c) {
        if (from != null) {
            int chars = Character.charCount(c);
            if (out.length() + chars >= from[0].length) {
                from[0] = Arrays.copyOf(from[0], 2 * from[0].length + chars);
            }
            Arrays.fill(from[0], out.length(), out.length() + chars, source);
        }
        out.appendCodePoint(c);
    }
}
