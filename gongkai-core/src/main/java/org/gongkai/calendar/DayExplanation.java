package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the calendar says about one day, and who decided it.
 *
 * @param name the holiday's name, or the closure's reason; empty for an ordinary weekday or weekend
 * @param decidedBy the calendar revision (or closure order) that decided the day; empty when only the
 *     Monday–Friday rule did
 * @param known false when the day lies in a year the calendar has no data for (weekends only, provisional)
 */
public record DayExplanation(
        LocalDate date, DayReason reason, Optional<String> name, Optional<String> decidedBy, boolean known) {

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    public DayExplanation {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }

    public boolean working() {
        return reason.working();
    }

    /** Return the day as a clerk writes it, e.g. {@code 2025-10-01（周三）}. */
    public static String dayLabel(LocalDate day) {
        return day + "（" + WEEKDAYS[day.getDayOfWeek().getValue() - 1] + "）";
    }

    /**
     * Return why the day is or is not a working day, in Chinese, e.g. {@code 国庆节、中秋节放假（依据：…）} or
     * {@code 临时停止办公：台风红色预警（依据：…）}.
     */
    public String why() {
        StringBuilder text = new StringBuilder();
        if (reason == DayReason.CLOSURE) {
            text.append(reason.label()).append(name.map(n -> "：" + n).orElse(""));
        } else {
            name.ifPresent(text::append);
            text.append(reason.label());
        }
        decidedBy.ifPresent(d -> text.append("（依据：").append(d).append("）"));
        if (!known) {
            text.append("（该年度节假日安排未知，仅按周末计算，结果为临时结果）");
        }
        return text.toString();
    }
}
