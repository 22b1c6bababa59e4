package org.gongkai.report.read;

/** How sure the reader is of one cell. */
public enum Confidence {
    /** The figure is printed there, one to one. */
    READ("原文读出"),
    /** The cell is printed empty and the table's sums agree with zero. */
    BLANK_AS_ZERO("空白按0计"),
    /** The figure follows from the table's sums (digits run together, a figure lost in extraction). */
    INFERRED("按合计推定"),
    /** No figure can be claimed for the cell; the reason says why. */
    MISSING("无法读取");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isKnown() {
        return this != MISSING;
    }
}
