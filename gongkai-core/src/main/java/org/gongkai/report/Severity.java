package org.gongkai.report;

/** How serious a {@link Finding} is. */
public enum Severity {
    /** An arithmetic error or an inconsistency of the report's figures. */
    ERROR("错误"),
    WARNING("提示"),
    /** A deviation from the prescribed format (a row left out, misplaced or mislabelled) with no wrong figure. */
    FORMAT("格式");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
