package org.gongkai.fee;

/**
 * The two schedules of 国办函〔2020〕109号; an agency picks one per application and may not apply both to it
 * (第三条). Their bands are dated data: {@link FeeScheduleTable}.
 */
public enum FeeSchedule {
    PER_REQUEST("按件计收", "件"),
    PER_PAGE("按量计收", "页");

    private final String label;
    private final String unit;

    FeeSchedule(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** Return the counting unit, 件 or 页. */
    public String unit() {
        return unit;
    }
}
