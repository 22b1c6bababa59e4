package org.gongkai.bench.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One benchmark query: what a person types, the substrings a {@code LIKE '%…%'} scan must find (all of them), and
 * which kind of query it is (for the per-kind figures).
 */
record BenchQuery(String kind, String text, List<String> substrings) {

    static BenchQuery words(String kind, List<String> words) {
        return new BenchQuery(kind, String.join(" ", words), List.copyOf(words));
    }

    static BenchQuery phrase(String kind, String phrase) {
        return new BenchQuery(kind, "\"" + phrase + "\"", List.of(phrase));
    }

    @Override
    public String toString() {
        return substrings.stream().collect(Collectors.joining(" + ", text + " [", "]"));
    }
}
