package org.gongkai.bench.search;

import java.util.Arrays;

/** Latencies of a series of calls, in nanoseconds; percentiles by the nearest-rank method. */
final class Timings {

    private final long[] nanos;
    private int size;

    Timings(int capacity) {
        nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[size++] = elapsedNanos;
    }

    int size() {
        return size;
    }

    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(nanos, 0, size).average().orElse(0) / 1e6;
    }
}
