package org.gongkai.report;

/** How serious a {@link Finding} is. */
public enum Severity {
    ERROR("错误"),
    WARNING("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
