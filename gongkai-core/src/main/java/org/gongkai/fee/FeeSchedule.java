package org.gongkai.fee;

/** The two schedules of 国办函〔2020〕109号; an agency picks one per application (第三条). */
public enum FeeSchedule {
    PER_REQUEST("按件计收", "件", "国办函〔2020〕109号第四条"),
    PER_PAGE("按量计收", "页", "国办函〔2020〕109号第五条");

    private final String label;
    private final String unit;
    private final String reference;

    FeeSchedule(String label, String unit, String reference) {
        this.label = label;
        this.unit = unit;
        this.reference = reference;
    }

    public String label() {
        return label;
    }

    /** Return the counting unit, 件 or 页. */
    public String unit() {
        return unit;
    }

    public String reference() {
        return reference;
    }

    /** Return the rate in yuan of the {@code k}-th unit (1-based) under this schedule. */
    int rate(int k) {
        return switch (this) {
            case PER_REQUEST -> k <= 10 ? 0 : k <= 30 ? 100 : 100 * (1 + (k - 30 + 9) / 10);
            case PER_PAGE -> k <= 30 ? 0 : k <= 100 ? 10 : k <= 200 ? 20 : 40;
        };
    }
}
