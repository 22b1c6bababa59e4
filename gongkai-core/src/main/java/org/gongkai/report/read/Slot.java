package org.gongkai.report.read;

/**
 * What one reading of a row puts in one cell.
 *
 * @param value the figure, or {@code null} for a blank, a "/" or a cell the reading has no figure for
 * @param token the token the figure came from, or {@code null} when the reading has none for this cell
 */
record Slot(Kind kind, Integer value, Token token) {

    enum Kind {
        /** A figure as printed. */
        NUMBER,
        /** A cell printed empty: zero unless the sums say otherwise. */
        BLANK,
        /** "/": not applicable. */
        NOT_APPLICABLE,
        /** A token too long to be a figure. */
        UNREADABLE,
        /** A cell this reading has no token for (a figure lost in extraction): the sums may fix it. */
        UNKNOWN
    }

    static final Slot UNKNOWN = new Slot(Kind.UNKNOWN, null, null);

    static Slot of(Token token) {
        switch (token.kind()) {
            case BLANK:
                return new Slot(Kind.BLANK, null, token);
            case NOT_APPLICABLE:
                return new Slot(Kind.NOT_APPLICABLE, null, token);
            default:
                Integer value = Candidates.parse(token.text());
                return new Slot(value == null ? Kind.UNREADABLE : Kind.NUMBER, value, token);
        }
    }
}
