package org.gongkai.bench.generate;

/**
 * What {@link DatasetGenerator} makes: {@code agencies} agencies in a province's hierarchy (province, cities, districts, 街镇, each with departments) and
 * {@code requests} requests received over {@code years} calendar years from {@code firstYear}.
 */
public record GeneratorSettings(long seed, int agencies, int requests, int firstYear, int years) {

    public GeneratorSettings {
        if (agencies < 1 || requests < 0 || years < 1) {
            throw new IllegalArgumentException("generator needs at least one agency and one year, and no negative counts");
        }
    }

    /** The benchmark's dataset: 10,000 agencies and 1,000,000 requests over 2023–2025. */
    public static GeneratorSettings benchmark() {
        return new GeneratorSettings(20251231L, 10_000, 1_000_000, 2023, 3);
    }

    /** Return the year in the middle of the span, whose reports have requests carried over and forward. */
    public int middleYear() {
        return firstYear + years / 2;
    }
}
