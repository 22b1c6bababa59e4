package org.gongkai.appeal;

/** The three groups of 表四, in official column order. */
public enum AppealKind {
    REVIEW("行政复议"),
    LITIGATION_DIRECT("未经复议直接起诉"),
    LITIGATION_AFTER_REVIEW("复议后起诉");

    private final String label;

    AppealKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
