package org.gongkai.report.read;

/**
 * One piece of the text between two row labels: a run of digits, a blank cell, a "/" (not applicable), or
 * other text.
 *
 * @param offset where the token starts in the {@link FlatText}
 */
record Token(Kind kind, String text, int offset) {

    enum Kind { NUMBER, BLANK, NOT_APPLICABLE, TEXT }

    boolean isValue() {
        return kind == Kind.NUMBER || kind == Kind.NOT_APPLICABLE;
    }

    /** Return whether this run of digits could hold more than one figure run together. */
    boolean isSplittable() {
        return kind == Kind.NUMBER && text.length() > 1 && text.indexOf('.') < 0;
    }
}
