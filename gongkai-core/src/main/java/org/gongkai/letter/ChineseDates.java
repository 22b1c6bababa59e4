package org.gongkai.letter;

import java.time.LocalDate;

/** Dates as official documents print them (GB/T 9704: year in full, month and day without leading zeros). */
public final class ChineseDates {

    private ChineseDates() {
    }

    /** Return {@code day} as e.g. {@code 2025年3月3日}. */
    public static String format(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
