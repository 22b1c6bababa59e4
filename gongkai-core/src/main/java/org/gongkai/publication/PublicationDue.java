package org.gongkai.publication;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The 第二十六条 deadline of one item on a day.
 *
 * @param workingDaysLeft working days after the day up to and including {@code dueOn}; negative when late, by the
 *     working days since {@code dueOn}
 * @param provisional the calendar has no holiday data for part of the period: weekends only were counted
 */
public record PublicationDue(LocalDate formedOn, LocalDate dueOn, PublicationTimeliness timeliness, int workingDaysLeft, boolean provisional) {

    public PublicationDue {
        Objects.requireNonNull(formedOn, "formedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(timeliness, "timeliness");
    }

    /** Return the sentence the console shows. */
    public String explanation() {
        String base = "信息形成或变更于 " + formedOn + "，依《政府信息公开条例》第二十六条应于 " + dueOn + " 前公开";
        String state = timeliness == PublicationTimeliness.LATE
                ? "，已逾期 " + (-workingDaysLeft) + " 个工作日"
                : "，还剩 " + workingDaysLeft + " 个工作日";
        return base + state + (provisional ? "（日历缺少该年度节假日安排，仅按周末计算，结果待核）" : "") + "。";
    }
}
