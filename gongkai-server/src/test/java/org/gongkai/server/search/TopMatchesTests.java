package org.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.IndexNumber;
import org.gongkai.publication.PublicationKind;
import org.gongkai.publication.Validity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two ways of finding the best matches (through the matching query, or through the scoring disjunction with
 * each hit checked) must give the same page, scores and total on any corpus and query.
 */
class TopMatchesTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final List<String> WORDS = List.of("政府", "信息", "公开", "申请", "年度", "报告", "主动", "办理",
            "财政", "预算", "教育", "医疗", "住房", "交通", "规划", "环境", "监督", "检查", "通知", "办法");
    private static final List<String> AGENCIES = List.of("SH-HZB", "SH-FGW", "SH-JYJ");

    private static PublicationIndex throughMatching;
    private static PublicationIndex throughScoring;
    private static List<SearchDocument> corpus;

    @BeforeAll
    static void index() {
        Random random = new Random(20260530L);
        corpus = IntStream.range(1, 1_301)
                .mapToObj(i -> new SearchDocument(entry(i, random), random.nextInt(5) == 0 ? List.of(text(random, 10, "附件")) : List.of()))
                .toList();
        throughMatching = PublicationIndex.inMemory(Long.MAX_VALUE);
        throughScoring = PublicationIndex.inMemory(0);
        throughMatching.rebuild(corpus.stream());
        throughScoring.rebuild(corpus.stream());
    }

    @AfterAll
    static void close() {
        throughMatching.close();
        throughScoring.close();
    }

    @Test
    void bothWaysGiveTheSamePageScoresAndTotalForRandomQueries() {
        Random random = new Random(20190515L);
        int compared = 0;
        for (int i = 0; i < 400; i++) {
            SearchQuery query = query(random);
            SearchResults expected = throughMatching.search(query);
            SearchResults actual = throughScoring.search(query);
            assertThat(actual.hits()).as(query.toString()).extracting(SearchHit::id)
                    .containsExactlyElementsOf(expected.hits().stream().map(SearchHit::id).toList());
            for (int h = 0; h < expected.hits().size(); h++) {
                assertThat(actual.hits().get(h).score()).as(query.toString()).isCloseTo(expected.hits().get(h).score(),
                        org.assertj.core.data.Offset.offset(1e-4f));
            }
            assertThat(actual.total()).as(query.toString()).isEqualTo(expected.total());
            assertThat(actual.totalIsExact()).isEqualTo(expected.totalIsExact());
            compared += expected.hits().isEmpty() ? 0 : 1;
        }
        assertThat(compared).as("queries with hits").isGreaterThan(200);
    }

    @Test
    void everyRankedHitMatchesEveryWordAndTheValidityAskedFor() {
        SearchQuery query = SearchQuery.of("政府 申请", TODAY).page(0, SearchQuery.MAX_LIMIT);
        SearchResults results = throughScoring.search(query);
        assertThat(results.hits()).isNotEmpty().allSatisfy(hit -> {
            SearchDocument doc = corpus.stream().filter(d -> d.entry().id().equals(hit.id())).findFirst().orElseThrow();
            assertThat(doc.entry().repealedOn()).isEmpty();
            assertThat(allText(doc)).contains("政府").contains("申请");
        });
    }

    @Test
    void totalIsCountedExactlyUpToTheLimitThenGivenAsAtLeast() {
        long limit = PublicationIndex.COUNTED_UP_TO;
        long containingGovernment = corpus.stream()
                .filter(d -> allText(d).contains("政府") && d.entry().repealedOn().isEmpty())
                .count();
        SearchQuery narrow = SearchQuery.of("政府", TODAY).withAgency("SH-JYJ").withYear(2024);
        long narrowExpected = corpus.stream().filter(d -> d.entry().content().agency().equals("SH-JYJ")
                && d.entry().publishedOn().getYear() == 2024 && allText(d).contains("政府") && d.entry().repealedOn().isEmpty()).count();
        assertThat(containingGovernment).isGreaterThan(limit);
        assertThat(narrowExpected).isBetween(1L, limit - 1);
        for (PublicationIndex index : List.of(throughMatching, throughScoring)) {
            SearchResults common = index.search(SearchQuery.of("政府", TODAY));
            assertThat(common.total()).isEqualTo(limit);
            assertThat(common.totalIsExact()).isFalse();
            SearchResults few = index.search(narrow);
            assertThat(few.total()).isEqualTo(narrowExpected);
            assertThat(few.totalIsExact()).isTrue();
        }
    }

    private static SearchQuery query(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int p = 0; p < parts; p++) {
            String word = WORDS.get(random.nextInt(WORDS.size()));
            text.append(random.nextInt(5) == 0 ? "“" + word + WORDS.get(random.nextInt(WORDS.size())) + "”" : word).append(' ');
        }
        SearchQuery query = SearchQuery.of(text.toString().strip(), TODAY).page(random.nextInt(3) * 10, 1 + random.nextInt(30));
        if (random.nextInt(4) == 0) {
            query = query.withAgency(AGENCIES.get(random.nextInt(AGENCIES.size())));
        }
        if (random.nextInt(5) == 0) {
            query = query.withYear(2022 + random.nextInt(4));
        }
        if (random.nextInt(4) == 0) {
            List<Validity> all = List.of(Validity.values());
            Set<Validity> allowed = EnumSet.of(all.get(random.nextInt(all.size())));
            if (random.nextBoolean()) {
                allowed.add(all.get(random.nextInt(all.size())));
            }
            query = query.withValidities(allowed);
        }
        return query;
    }

    private static CatalogueEntry entry(int n, Random random) {
        String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
        LocalDate published = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1_300));
        Optional<LocalDate> expires = random.nextInt(6) == 0 ? Optional.of(published.plusDays(random.nextInt(900))) : Optional.empty();
        Optional<LocalDate> repealed = random.nextInt(8) == 0 ? Optional.of(published.plusDays(1 + random.nextInt(200))) : Optional.empty();
        CatalogueContent content = new CatalogueContent(agency, PublicationKind.OTHER, text(random, 1 + random.nextInt(4), "关于"),
                Optional.empty(), 1 + random.nextInt(15), published.minusDays(3), expires, Optional.empty(), List.of(), List.of(),
                text(random, 5 + random.nextInt(40), ""));
        return new CatalogueEntry("P-" + n, new IndexNumber(agency, published.getYear(), n), content, published,
                repealed.filter(d -> !d.isAfter(TODAY)), Optional.empty());
    }

    private static String allText(SearchDocument doc) {
        return doc.entry().content().title() + doc.entry().content().body() + String.join("", doc.attachmentTexts());
    }

    /** Common words far more often than rare ones, as in real text: the first words of the list dominate. */
    private static String text(Random random, int words, String start) {
        StringBuilder text = new StringBuilder(start);
        List<String> sentence = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            int i = (int) Math.floor(WORDS.size() * Math.pow(random.nextDouble(), 2.5));
            sentence.add(WORDS.get(i));
        }
        text.append(String.join("", sentence)).append('。');
        return text.toString();
    }
}
