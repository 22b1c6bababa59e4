package org.gongkai.server.settings;

/** How sure the legal reading behind a setting is (the tags of law-spec.md and docs/settings.md). */
public enum Confidence {
    /** Read in the source. */
    CONFIRMED("已确认"),
    /** Follows from the text. */
    DERIVED("推定"),
    /** No source found: a choice that can be changed. */
    UNCONFIRMED("未确认");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
