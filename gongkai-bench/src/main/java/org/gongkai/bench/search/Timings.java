package org.gongkai.bench.search;

import java.util.Arrays;

/** Latencies of a series of calls, in nanoseconds; percentiles by the nearest-rank method. */
final class Timings {

    private final long[] sorted;

    Timings(long[] nanos) {
        sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    int size() {
        return sorted.length;
    }

    double percentileMillis(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(sorted).average().orElse(0) / 1e6;
    }
}
