package org.gongkai.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The 信息处理费 of 国办函〔2020〕109号 (law-spec.md §3): the amount a fee notice states, computed from the
 * dated schedules of a {@link FeeScheduleTable}, with a trace in Chinese.
 *
 * <p>Use: when a clerk prepares a 收费通知书, build the {@link FeeBasis} of the one schedule chosen for the
 * application — {@link FeeBasis.PerRequest} with the 件 the same applicant already has in the calendar month of
 * receipt (matched by a keyed hash of the ID number, never in clear), or {@link FeeBasis.PerPage} with the pages
 * and the form the applicant asked for — and call {@link #calculate(LocalDate, FeeBasis)} with the notice's date.
 * Show its {@link FeeCalculation#lines()}; then take {@link FeeCalculation#asComputed()}, or
 * {@link FeeCalculation#statedAs(BigDecimal, String)} when the clerk states a lower amount with a reason, and
 * put {@link FeeNoticeAmount#amountYuan()} in the notice and its {@link FeeNoticeAmount#lines()} in the record.
 * Every refusal is a {@link FeeRefusedException} whose message can be shown as it is.
 *
 * <p>Both schedules are excess-progressive (超额累进): each unit is charged at the rate of the band it falls in.
 */
public final class ProcessingFee {

    private static final ProcessingFee BUNDLED = new ProcessingFee(FeeScheduleTable.bundled());

    private final FeeScheduleTable table;

    public ProcessingFee(FeeScheduleTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Return the calculator of the bundled schedules (fee-schedules.csv). */
    public static ProcessingFee bundled() {
        return BUNDLED;
    }

    /**
     * Compute the fee of one application for a notice dated {@code noticeOn}, by the schedule in force that day.
     *
     * @throws FeeRefusedException for a notice dated before the schedule took effect (109号: 2021-01-01) or before
     *     the application was received, and for 按量计收 of information asked for in a form it does not cover
     */
    public FeeCalculation calculate(LocalDate noticeOn, FeeBasis basis) {
        Objects.requireNonNull(noticeOn, "noticeOn");
        FeeSchedule schedule = basis.schedule();
        FeeScale scale = table.inForceOn(schedule, noticeOn).orElseThrow(() -> notInForce(schedule, noticeOn));
        List<String> lines = new ArrayList<>();
        lines.add("收费通知书日期 " + noticeOn + "，适用" + scale.cite());
        long first;
        long last;
        if (basis instanceof FeeBasis.PerRequest perRequest) {
            if (perRequest.receivedOn().isAfter(noticeOn)) {
                throw new FeeRefusedException("收费通知书的日期 " + noticeOn + " 早于收到申请之日 " + perRequest.receivedOn() + "。");
            }
            YearMonth month = YearMonth.from(perRequest.receivedOn());
            first = perRequest.earlierInMonth() + 1L;
            last = perRequest.earlierInMonth() + (long) perRequest.items();
            lines.add("同一申请人 " + month.getYear() + "年" + month.getMonthValue() + "月 此前已计 "
                    + perRequest.earlierInMonth() + " 件，本申请计 " + perRequest.items() + " 件，为当月第 "
                    + range(first, last) + " 件");
        } else {
            FeeBasis.PerPage perPage = (FeeBasis.PerPage) basis;
            if (!perPage.form().countedByPage()) {
                throw new FeeRefusedException("按量计收只适用于申请人要求以纸质文本、电子邮件或复制的电子数据提供政府信息的情形（"
                        + scale.bands().get(0).reference() + "）；本申请要求的是" + perPage.form().label() + "。");
            }
            first = 1;
            last = perPage.pages();
            lines.add("申请人要求以" + perPage.form().label() + "提供，共 " + perPage.pages() + " 页");
        }
        BigDecimal total = BigDecimal.ZERO;
        String unit = schedule.unit();
        for (FeeScale.Tier tier : scale.tiers(first, last)) {
            total = total.add(tier.amount());
            lines.add("第 " + range(tier.first(), tier.last()) + " " + unit + "：" + tier.units() + " " + unit + " × "
                    + tier.rateYuan().toPlainString() + " 元 = " + tier.amount().toPlainString() + " 元");
        }
        lines.add("合计 " + total.toPlainString() + " 元");
        return new FeeCalculation(scale, noticeOn, total, lines);
    }

    private FeeRefusedException notInForce(FeeSchedule schedule, LocalDate noticeOn) {
        return table.earliest(schedule)
                .map(earliest -> new FeeRefusedException("收费通知书的日期 " + noticeOn + " 早于" + schedule.label()
                        + "标准的施行日 " + earliest.effectiveFrom() + "（" + earliest.bands().get(0).reference()
                        + "）：此前没有信息处理费标准，不能收费。"))
                .orElseGet(() -> new FeeRefusedException("收费标准表中没有" + schedule.label() + "的标准。"));
    }

    private static String range(long first, long last) {
        return first == last ? String.valueOf(first) : first + "—" + last;
    }
}
