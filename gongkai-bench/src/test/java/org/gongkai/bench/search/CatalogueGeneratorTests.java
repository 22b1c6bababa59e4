package org.gongkai.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.server.search.PublicationIndex;
import org.gongkai.server.search.SearchDocument;
import org.gongkai.server.search.SearchHit;
import org.gongkai.server.search.SearchQuery;
import org.gongkai.server.search.SearchResults;
import org.junit.jupiter.api.Test;

class CatalogueGeneratorTests {

    private static final int SIZE = 2_000;

    @Test
    void sameSeedGivesTheSameEntriesWhicheverOrderTheyAreAskedFor() {
        CatalogueGenerator a = new CatalogueGenerator(7);
        CatalogueGenerator b = new CatalogueGenerator(7);
        List<CatalogueEntry> streamed = a.entries(50).toList();
        assertThat(b.entry(42)).isEqualTo(streamed.get(42));
        assertThat(new CatalogueGenerator(8).entry(42)).isNotEqualTo(streamed.get(42));
        assertThat(streamed.get(0).content().body()).matches("[\\p{IsHan}，。]+");
        assertThat(streamed).extracting(e -> e.indexNumber().toString()).doesNotHaveDuplicates();
    }

    @Test
    void everyPhraseQueryFindsTheSameEntriesInTheIndexAsTheLikeScan() throws Exception {
        CatalogueGenerator corpus = new CatalogueGenerator(CatalogueSearchBenchmark.SEED);
        List<BenchQuery> phrases = QueryGenerator.queries(corpus, SIZE, 200, 3).stream()
                .filter(q -> q.text().startsWith("\""))
                .toList();
        assertThat(phrases).hasSizeGreaterThan(50);
        try (PublicationIndex index = PublicationIndex.inMemory();
                Connection h2 = DriverManager.getConnection("jdbc:h2:mem:generator-tests", "sa", "")) {
            index.rebuild(corpus.entries(SIZE).map(e -> new SearchDocument(e, List.of())));
            LikeScan scan = new LikeScan(h2);
            scan.load(corpus.entries(SIZE));
            for (BenchQuery q : phrases) {
                SearchResults results = index.search(SearchQuery.of(q.text(), LocalDate.of(2026, 1, 1)).page(0, SearchQuery.MAX_LIMIT));
                assertThat(results.total()).as(q.toString()).isEqualTo(count(h2, q.substrings().get(0)));
                Set<String> byIndex = new HashSet<>(results.hits().stream().map(SearchHit::id).toList());
                if (results.total() <= SearchQuery.MAX_LIMIT) {
                    assertThat(byIndex).as(q.toString()).containsAll(scan.search(q));
                }
            }
        }
    }

    private static long count(Connection connection, String substring) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "select count(*) from publication where title like ? or body like ?")) {
            select.setString(1, "%" + substring + "%");
            select.setString(2, "%" + substring + "%");
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
