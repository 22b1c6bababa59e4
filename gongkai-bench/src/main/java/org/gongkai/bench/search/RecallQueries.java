package org.gongkai.bench.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.server.search.SearchText;

/**
 * The recall measure's queries and their expected counts. Each query is a random run of 2–6 characters of a random
 * entry's title, body or 文号, typed as a quoted phrase; the count it must reach is the number of entries whose
 * normalised title, body, 文号 or 索引号 contains the normalised run, which is what
 * {@code normalised_column LIKE '%…%'} counts (docs/search.md).
 */
final class RecallQueries {

    static final String RECALL = "substring of a title, body or 文号";

    private RecallQueries() {
    }

    /** Return {@code count} runs cut from entries of {@code corpus} (of {@code corpusSize} entries), from {@code seed}. */
    static List<String> runs(CatalogueGenerator corpus, long corpusSize, int count, long seed) {
        Random random = new Random(seed);
        List<String> runs = new ArrayList<>(count);
        while (runs.size() < count) {
            CatalogueEntry e = corpus.entry((long) (random.nextDouble() * corpusSize));
            int field = random.nextInt(3);
            String text = field == 0 ? e.content().title()
                    : field == 2 && e.content().documentNumber().isPresent() ? e.content().documentNumber().get()
                    : e.content().body();
            int length = 2 + random.nextInt(5);
            if (text.length() < length) {
                continue;
            }
            int start = random.nextInt(text.length() - length + 1);
            String run = text.substring(start, start + length);
            String normalised = SearchText.normalise(run);
            if (normalised.codePointCount(0, normalised.length()) >= 2 && normalised.chars().noneMatch(c -> "\"“”「」".indexOf(c) >= 0)) {
                runs.add(run);
            }
        }
        return runs;
    }

    /** Return the query a person would type for {@code run}: the run as a quoted phrase. */
    static String typed(String run) {
        return "\"" + run + "\"";
    }

    /**
     * Return, for each run, the number of entries whose normalised title, body, 文号 or 索引号 contains it, in one pass
     * over the corpus: runs are looked up by their first two characters at each position of each text.
     */
    static long[] expectedCounts(Stream<CatalogueEntry> entries, List<String> runs) {
        List<String> needles = runs.stream().map(SearchText::normalise).toList();
        Map<Integer, List<Integer>> byStart = new HashMap<>();
        for (int i = 0; i < needles.size(); i++) {
            String n = needles.get(i);
            byStart.computeIfAbsent(n.charAt(0) << 16 | n.charAt(1), k -> new ArrayList<>()).add(i);
        }
        long[] counts = new long[needles.size()];
        long[] lastEntry = new long[needles.size()];
        Arrays.fill(lastEntry, -1);
        long entryNumber = 0;
        for (Iterator<CatalogueEntry> it = entries.iterator(); it.hasNext(); entryNumber++) {
            CatalogueEntry e = it.next();
            List<String> texts = new ArrayList<>(4);
            texts.add(e.content().title());
            texts.add(e.content().body());
            texts.add(e.indexNumber().toString());
            e.content().documentNumber().ifPresent(texts::add);
            for (String raw : texts) {
                String text = SearchText.normalise(raw);
                for (int at = 0; at + 1 < text.length(); at++) {
                    List<Integer> candidates = byStart.get(text.charAt(at) << 16 | text.charAt(at + 1));
                    if (candidates == null) {
                        continue;
                    }
                    for (int i : candidates) {
                        if (lastEntry[i] != entryNumber && text.startsWith(needles.get(i), at)) {
                            lastEntry[i] = entryNumber;
                            counts[i]++;
                        }
                    }
                }
            }
        }
        return counts;
    }
}
