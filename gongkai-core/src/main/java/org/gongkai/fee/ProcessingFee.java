package org.gongkai.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 信息处理费 of 国办函〔2020〕109号 (law-spec.md §3), both schedules, excess-progressive (超额累进).
 *
 * <p>Per request (第四条): per applicant, items accumulate over one calendar month; the 1st–10th are free,
 * the 11th–30th cost 100 yuan each, and from the 31st every further 10 items raise the rate by 100 yuan.
 * Per page (第五条): pages 1–30 free, 31–100 at 10 yuan, 101–200 at 20 yuan, from 201 at 40 yuan.
 */
public final class ProcessingFee {

    /** The day agencies began charging under 109号 (Heilongjiang finance notice, law-spec.md §3.3). */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2021, 1, 1);

    private ProcessingFee() {}

    /** Return the per-request fee for {@code items} more 件 of an applicant who already has {@code earlier} this month. */
    public static FeeCalculation perRequest(int earlier, int items) {
        if (earlier < 0 || items < 1) {
            throw new IllegalArgumentException("本月已计件数不能为负，本次件数至少为 1：" + earlier + "，" + items);
        }
        return calculate(FeeSchedule.PER_REQUEST, earlier + 1, earlier + items);
    }

    /** Return the per-page fee for one application of {@code pages} pages. */
    public static FeeCalculation perPage(int pages) {
        if (pages < 1) {
            throw new IllegalArgumentException("页数至少为 1：" + pages);
        }
        return calculate(FeeSchedule.PER_PAGE, 1, pages);
    }

    /**
     * Return the per-request fee of each charge, in order, counting each applicant's items per calendar month.
     *
     * @return one calculation per charge, in the same order; unmodifiable
     */
    public static List<FeeCalculation> perRequest(List<PerRequestCharge> charges) {
        Map<String, Integer> counted = new HashMap<>();
        List<FeeCalculation> fees = new ArrayList<>();
        for (PerRequestCharge charge : charges) {
            String key = charge.applicant() + "@" + YearMonth.from(charge.on());
            int earlier = counted.getOrDefault(key, 0);
            fees.add(perRequest(earlier, charge.items()));
            counted.put(key, earlier + charge.items());
        }
        return List.copyOf(fees);
    }

    private static FeeCalculation calculate(FeeSchedule schedule, int first, int last) {
        List<String> lines = new ArrayList<>();
        long total = 0;
        int bandStart = first;
        for (int k = first; k <= last; k++) {
            if (k == last || schedule.rate(k + 1) != schedule.rate(bandStart)) {
                int units = k - bandStart + 1;
                long amount = (long) units * schedule.rate(bandStart);
                total += amount;
                lines.add("第 " + (bandStart == k ? String.valueOf(k) : bandStart + "—" + k) + " " + schedule.unit() + "："
                        + units + " " + schedule.unit() + " × " + schedule.rate(bandStart) + " 元 = " + amount + " 元");
                bandStart = k + 1;
            }
        }
        lines.add("合计 " + total + " 元（" + schedule.label() + "，" + schedule.reference() + "）");
        return new FeeCalculation(schedule, BigDecimal.valueOf(total), lines);
    }
}
