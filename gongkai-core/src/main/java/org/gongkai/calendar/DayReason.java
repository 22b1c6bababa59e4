package org.gongkai.calendar;

/** Why a day is, or is not, a working day (工作日). */
public enum DayReason {
    WEEKDAY(true, "工作日"),
    WEEKEND(false, "周末"),
    HOLIDAY(false, "放假"),
    MAKE_UP_WORKING_DAY(true, "调休上班"),
    CLOSURE(false, "临时停止办公");

    private final boolean working;
    private final String label;

    DayReason(boolean working, String label) {
        this.working = working;
        this.label = label;
    }

    public boolean working() {
        return working;
    }

    public String label() {
        return label;
    }
}
