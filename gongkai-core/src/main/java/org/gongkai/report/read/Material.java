package org.gongkai.report.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Cut the text that follows a row label into tokens: figures, blank cells and "/" in order, stopping at the
 * first text that follows a figure (a heading, the next group label, a spurious header row).
 */
final class Material {

    private Material() {
    }

    /** Return the value tokens (numbers, blanks, not-applicable) of {@code text[from, to)}. */
    static List<Token> values(String text, int from, int to) {
        return scan(text, from, to, true, false);
    }

    /**
     * Return the value tokens of one whole line {@code text[from, to)}, passing over any text between them;
     * an empty cell at either end of the line is a blank cell too.
     */
    static List<Token> valuesOfLine(String text, int from, int to) {
        return scan(text, from, to, false, true);
    }

    private static List<Token> scan(String text, int from, int to, boolean stopAtText, boolean wholeLine) {
        List<Token> tokens = new ArrayList<>();
        int fieldStart = from;
        boolean first = true;
        for (int i = from; i <= to; i++) {
            if (i < to && !FlatText.isSeparator(text.charAt(i))) {
                continue;
            }
            boolean last = i == to;
            boolean whole = wholeLine ? from < to : !first && !last;
            boolean stop = field(text, fieldStart, i, whole, stopAtText, hasValue(tokens), tokens);
            if (stop) {
                break;
            }
            first = false;
            fieldStart = i + 1;
        }
        return tokens;
    }

    /** Add a field's tokens; return true when a text after a value ends the row's figures. */
    private static boolean field(String text, int from, int to, boolean whole, boolean stopAtText,
            boolean seenValue, List<Token> out) {
        int a = from;
        int b = to;
        while (a < b && text.charAt(a) == ' ') {
            a++;
        }
        while (b > a && text.charAt(b - 1) == ' ') {
            b--;
        }
        if (a == b) {
            if (whole) {
                out.add(new Token(Token.Kind.BLANK, "", a));
            }
            return false;
        }
        String trimmed = text.substring(a, b);
        if (isRule(trimmed)) {
            return false;
        }
        if (trimmed.equals("-") || trimmed.equals("—") || trimmed.equals("–") || trimmed.equals("－")) {
            out.add(new Token(Token.Kind.BLANK, trimmed, a));
            return false;
        }
        boolean valueSeen = seenValue;
        int i = a;
        while (i < b) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
            } else if (isDigit(c)) {
                int j = i;
                while (j < b && isDigit(text.charAt(j))) {
                    j++;
                }
                if (j + 1 < b && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
                    j++;
                    while (j < b && isDigit(text.charAt(j))) {
                        j++;
                    }
                }
                out.add(new Token(Token.Kind.NUMBER, text.substring(i, j), i));
                valueSeen = true;
                i = j;
            } else if ((c == '/' || c == '\\') && (i == a || text.charAt(i - 1) == ' ')
                    && (i + 1 == b || text.charAt(i + 1) == ' ')) {
                out.add(new Token(Token.Kind.NOT_APPLICABLE, "/", i));
                valueSeen = true;
                i++;
            } else {
                int j = i;
                while (j < b && text.charAt(j) != ' ' && !isDigit(text.charAt(j))) {
                    j++;
                }
                if (valueSeen && stopAtText) {
                    return true;
                }
                i = j;
            }
        }
        return false;
    }

    private static boolean hasValue(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.stream().anyMatch(Token::isValue);
    }

    private static boolean isRule(String field) {
        if (field.length() < 3) {
            return false;
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '-' && c != ':' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
