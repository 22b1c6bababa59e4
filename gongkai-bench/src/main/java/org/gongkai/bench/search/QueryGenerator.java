package org.gongkai.bench.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's queries, from a fixed seed: 35% one word, 25% two words, 25% a quoted phrase cut from a generated
 * entry's body (so it matches at least that entry, often across word boundaries), 15% a quoted invented name.
 */
final class QueryGenerator {

    static final String ONE_WORD = "one word";
    static final String TWO_WORDS = "two words";
    static final String PHRASE = "phrase from a body";
    static final String NAME = "invented name";

    private QueryGenerator() {
    }

    static List<BenchQuery> queries(CatalogueGenerator corpus, long corpusSize, int count, long seed) {
        Random random = new Random(seed);
        List<BenchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(100);
            if (kind < 35) {
                queries.add(BenchQuery.words(ONE_WORD, List.of(CatalogueGenerator.word(random))));
            } else if (kind < 60) {
                queries.add(BenchQuery.words(TWO_WORDS, List.of(CatalogueGenerator.word(random), CatalogueGenerator.word(random))));
            } else if (kind < 85) {
                queries.add(BenchQuery.phrase(PHRASE, cut(corpus.entry((long) (random.nextDouble() * corpusSize)).content().body(), random)));
            } else {
                queries.add(BenchQuery.phrase(NAME, CatalogueGenerator.name(random)));
            }
        }
        return queries;
    }

    /** Return 4–8 characters of one clause of {@code body} (never across punctuation, which a LIKE scan would see). */
    private static String cut(String body, Random random) {
        List<String> clauses = Arrays.stream(body.split("[，。\n]")).filter(c -> c.length() >= 4).toList();
        String clause = clauses.get(random.nextInt(clauses.size()));
        int length = Math.min(clause.length(), 4 + random.nextInt(5));
        int start = random.nextInt(clause.length() - length + 1);
        return clause.substring(start, start + length);
    }
}
