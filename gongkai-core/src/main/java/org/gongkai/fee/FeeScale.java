package org.gongkai.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bands of one schedule in force from one day: the first starts at unit 1, each runs until the next
 * begins, the last is open.
 *
 * @param bands in order of their first unit; unmodifiable
 */
public record FeeScale(FeeSchedule schedule, LocalDate effectiveFrom, List<FeeBand> bands) {

    public FeeScale {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        bands = List.copyOf(bands);
        if (bands.isEmpty() || bands.get(0).firstUnit() != 1) {
            throw new IllegalArgumentException(schedule.label() + "自 " + effectiveFrom + " 起的标准应从第 1 "
                    + schedule.unit() + "开始");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).firstUnit() <= bands.get(i - 1).firstUnit()) {
                throw new IllegalArgumentException(schedule.label() + "自 " + effectiveFrom + " 起的标准中，第 "
                        + bands.get(i).firstUnit() + " " + schedule.unit() + "起的档次应排在更高的起点之后");
            }
        }
    }

    /** Return the citation a trace prints: the first band's reference and the start. */
    public String cite() {
        return schedule.label() + "（依据：" + bands.get(0).reference() + "，自 " + effectiveFrom + " 起）";
    }

    /** One run of consecutive units at one rate, as a trace line shows it. */
    record Tier(long first, long last, BigDecimal rateYuan) {

        long units() {
            return last - first + 1;
        }

        BigDecimal amount() {
            return rateYuan.multiply(BigDecimal.valueOf(units()));
        }
    }

    /** Return the runs at one rate that units {@code first} to {@code last} (1-based, inclusive) fall into. */
    List<Tier> tiers(long first, long last) {
        List<Tier> tiers = new ArrayList<>();
        long k = first;
        while (k <= last) {
            int band = bandOf(k);
            long bandEnd = band + 1 < bands.size() ? bands.get(band + 1).firstUnit() - 1L : Long.MAX_VALUE;
            long end = Math.min(last, Math.min(bandEnd, bands.get(band).tierEnd(k)));
            BigDecimal rate = bands.get(band).rate(k);
            if (!tiers.isEmpty() && tiers.get(tiers.size() - 1).rateYuan().compareTo(rate) == 0) {
                Tier previous = tiers.remove(tiers.size() - 1);
                tiers.add(new Tier(previous.first(), end, rate));
            } else {
                tiers.add(new Tier(k, end, rate));
            }
            k = end + 1;
        }
        return tiers;
    }

    private int bandOf(long k) {
        int band = 0;
        while (band + 1 < bands.size() && bands.get(band + 1).firstUnit() <= k) {
            band++;
        }
        return band;
    }
}
