package org.gongkai.publication;

/** Where an unpublished item stands against the 20 working days of 第二十六条. */
public enum PublicationTimeliness {
    ON_TIME("未到期"),
    NEARLY_LATE("即将逾期"),
    LATE("已逾期");

    private final String label;

    PublicationTimeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
