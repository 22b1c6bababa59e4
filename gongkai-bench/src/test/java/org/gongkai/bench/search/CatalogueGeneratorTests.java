package org.gongkai.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.server.search.PublicationIndex;
import org.gongkai.server.search.SearchDocument;
import org.gongkai.server.search.SearchQuery;
import org.junit.jupiter.api.Test;

class CatalogueGeneratorTests {

    private static final int SIZE = 2_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Test
    void sameSeedGivesTheSameEntriesWhicheverOrderTheyAreAskedFor() {
        CatalogueGenerator a = new CatalogueGenerator(7);
        CatalogueGenerator b = new CatalogueGenerator(7);
        List<CatalogueEntry> streamed = a.entries(50).toList();
        assertThat(b.entry(42)).isEqualTo(streamed.get(42));
        assertThat(new CatalogueGenerator(8).entry(42)).isNotEqualTo(streamed.get(42));
        assertThat(streamed).extracting(e -> e.indexNumber().toString()).doesNotHaveDuplicates();
    }

    @Test
    void entriesLookLikeACatalogueWithDocumentNumbersAndLongBodies() {
        List<CatalogueEntry> entries = new CatalogueGenerator(CatalogueSearchBenchmark.SEED).entries(SIZE).toList();
        assertThat(entries).extracting(e -> e.content().title().length()).allSatisfy(l -> assertThat(l).isBetween(12, 50));
        List<String> numbers = entries.stream().flatMap(e -> e.content().documentNumber().stream()).toList();
        assertThat(numbers).hasSizeGreaterThan(SIZE * 7 / 10).allMatch(n -> n.matches("\\p{IsHan}{2,5}[〔\\[（]20\\d\\d[〕\\]）]\\d{1,3}号"));
        assertThat(numbers).anyMatch(n -> n.contains("[")).anyMatch(n -> n.contains("（"));
        double meanBody = entries.stream().mapToInt(e -> e.content().body().length()).average().orElseThrow();
        assertThat(meanBody).isBetween(300.0, 1_000.0);
        assertThat(entries).anyMatch(e -> e.content().body().contains("PM2.5")).anyMatch(e -> e.content().body().contains("（一）"));
    }

    @Test
    void everyRecallRunIsCountedByTheIndexAsTheLikeScanAndThePassOverTheCorpusCountIt() throws Exception {
        CatalogueGenerator corpus = new CatalogueGenerator(CatalogueSearchBenchmark.SEED);
        List<String> runs = RecallQueries.runs(corpus, SIZE, 300, 3);
        long[] expected = RecallQueries.expectedCounts(corpus.entries(SIZE), runs);
        try (PublicationIndex index = PublicationIndex.inMemory();
                Connection h2 = DriverManager.getConnection("jdbc:h2:mem:generator-tests", "sa", "")) {
            index.rebuild(corpus.entries(SIZE).map(e -> new SearchDocument(e, List.of())));
            LikeScan scan = new LikeScan(h2);
            scan.load(corpus.entries(SIZE));
            for (int i = 0; i < runs.size(); i++) {
                String run = runs.get(i);
                assertThat(expected[i]).as(run).isPositive();
                assertThat(scan.count(run)).as(run).isEqualTo(expected[i]);
                assertThat(index.count(SearchQuery.of(RecallQueries.typed(run), TODAY))).as(run).isEqualTo(expected[i]);
            }
        }
    }
}
