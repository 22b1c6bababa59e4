package org.gongkai.bench.search;

import java.util.List;
import java.util.stream.Collectors;

/** One benchmark query: what a person types, and the substrings a {@code LIKE '%…%'} scan must find (all of them). */
record BenchQuery(String text, List<String> substrings) {

    static BenchQuery words(List<String> words) {
        return new BenchQuery(String.join(" ", words), List.copyOf(words));
    }

    static BenchQuery phrase(String phrase) {
        return new BenchQuery("\"" + phrase + "\"", List.of(phrase));
    }

    @Override
    public String toString() {
        return substrings.stream().collect(Collectors.joining(" + ", text + " [", "]"));
    }
}
