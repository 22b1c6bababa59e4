package org.gongkai.publication;

/** What kind of proactively published item this is, as far as 表二 cares. */
public enum PublicationKind {
    RULE("规章"),
    NORMATIVE_DOCUMENT("行政规范性文件"),
    OTHER("其他");

    private final String label;

    PublicationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
