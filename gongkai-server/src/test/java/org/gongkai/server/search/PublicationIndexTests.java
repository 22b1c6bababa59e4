package org.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gongkai.publication.CatalogueEntry;
import org.gongkai.publication.PublicationKind;
import org.gongkai.publication.Validity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationIndexTests {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private PublicationIndex index;

    @BeforeEach
    void fill() {
        index = PublicationIndex.inMemory();
        index.rebuild(Corpus.ENTRIES.stream().map(Corpus::doc));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> ids(SearchQuery query) {
        return index.search(query).hits().stream().map(SearchHit::id).toList();
    }

    @Nested
    class Relevance {

        @Test
        void titleMatchRanksFirst() {
            assertThat(ids(SearchQuery.of("对口支援", TODAY))).containsExactly("P-1", "P-5");
        }

        @Test
        void everyWordMustMatch() {
            assertThat(ids(SearchQuery.of("政府信息公开 年度报告", TODAY))).containsExactly("P-2");
        }

        @Test
        void wordsOfOneSentenceFindTheDocumentAboutThem() {
            assertThat(ids(SearchQuery.of("公共数据开放", TODAY))).first().isEqualTo("P-6");
            assertThat(ids(SearchQuery.of("招录职位", TODAY))).first().isEqualTo("P-7");
        }

        @Test
        void equalRelevanceIsOrderedNewestFirst() {
            index.rebuild(List.of(
                    Corpus.entry("P-1", "SH-HZB", PublicationKind.OTHER, 2, "通知", "关于调整办公时间的通知", LocalDate.of(2022, 1, 4), Optional.empty()),
                    Corpus.entry("P-2", "SH-HZB", PublicationKind.OTHER, 2, "通知", "关于调整办公时间的通知", LocalDate.of(2024, 1, 4), Optional.empty()),
                    Corpus.entry("P-3", "SH-HZB", PublicationKind.OTHER, 2, "通知", "关于调整办公时间的通知", LocalDate.of(2023, 1, 4), Optional.empty()))
                    .stream().map(Corpus::doc));
            assertThat(ids(SearchQuery.of("办公时间", TODAY))).containsExactly("P-2", "P-3", "P-1");
        }

        @Test
        void emptyTextListsEverythingNewestFirst() {
            assertThat(ids(SearchQuery.of("", TODAY).page(0, 3))).containsExactly("P-4", "P-5", "P-2");
        }
    }

    @Nested
    class Phrases {

        @Test
        void phraseMatchesAcrossWordBoundaries() {
            // smartcn reads 推进|政务|公开|工作: the phrase starts inside 政务 and ends inside 工作
            assertThat(ids(SearchQuery.of("\"务公开工\"", TODAY))).containsExactly("P-3");
            assertThat(ids(SearchQuery.of("“进政务公”", TODAY))).containsExactly("P-3");
        }

        @Test
        void phraseNeedsTheCharactersInOrderNotJustTheWords() {
            // P-8 has 公开 and 工作 but never 公开工作; P-2 and P-3 have it
            assertThat(ids(SearchQuery.of("公开 工作", TODAY))).contains("P-3", "P-8");
            assertThat(ids(SearchQuery.of("\"公开工作\"", TODAY))).containsExactlyInAnyOrder("P-2", "P-3");
        }

        @Test
        void phraseAndWordsCombine() {
            assertThat(ids(SearchQuery.of("\"政府信息公开\" 报告", TODAY))).containsExactly("P-2");
        }
    }

    @Nested
    class Filters {

        @Test
        void byAgency() {
            assertThat(ids(SearchQuery.of("办法", TODAY).withAgency("SH-FGW"))).containsExactly("P-6");
        }

        @Test
        void byYearOfPublication() {
            assertThat(ids(SearchQuery.of("", TODAY).withYear(2024))).containsExactlyInAnyOrder("P-2", "P-4", "P-5", "P-7");
        }

        @Test
        void byKind() {
            assertThat(ids(SearchQuery.of("", TODAY).withKind(PublicationKind.RULE))).containsExactly("P-6");
        }

        @Test
        void byArticle20Item() {
            assertThat(ids(SearchQuery.of("", TODAY).withArticle20Item(1))).containsExactlyInAnyOrder("P-1", "P-3", "P-6");
        }

        @Test
        void byValidityJudgedOnTheDayOfTheSearch() {
            SearchQuery expired = SearchQuery.of("", TODAY).withValidities(EnumSet.of(Validity.EXPIRED));
            assertThat(ids(expired)).containsExactly("P-3");
            SearchQuery inForceBefore = SearchQuery.of("", LocalDate.of(2024, 2, 28)).withValidities(EnumSet.of(Validity.IN_FORCE));
            assertThat(ids(inForceBefore.page(0, 20))).contains("P-3");
            assertThat(index.search(SearchQuery.of("政务公开", TODAY)).hits().get(0).validity()).isEqualTo(Validity.EXPIRED);
        }
    }

    @Nested
    class ValidityFilter {

        @Test
        void everyCombinationOfValiditiesSelectsExactlyTheItemsWithThoseValiditiesOnTheDay() {
            List<CatalogueEntry> entries = new ArrayList<>(Corpus.ENTRIES);
            entries.set(0, entries.get(0).repeal(LocalDate.of(2024, 5, 20)));
            entries.set(5, entries.get(5).repeal(LocalDate.of(2023, 1, 1)));
            index.rebuild(entries.stream().map(Corpus::doc));
            List<Validity> all = List.of(Validity.values());
            for (LocalDate day : List.of(LocalDate.of(2022, 12, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 5, 20), LocalDate.of(2030, 1, 1))) {
                for (int mask = 1; mask < 1 << all.size(); mask++) {
                    EnumSet<Validity> allowed = EnumSet.noneOf(Validity.class);
                    for (int v = 0; v < all.size(); v++) {
                        if ((mask & 1 << v) != 0) {
                            allowed.add(all.get(v));
                        }
                    }
                    List<String> expected = entries.stream().filter(e -> allowed.contains(e.validityOn(day))).map(CatalogueEntry::id).toList();
                    assertThat(ids(SearchQuery.of("", day).withValidities(allowed).page(0, 20)))
                            .as(allowed + " on " + day).containsExactlyInAnyOrderElementsOf(expected);
                }
            }
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void repealRemovesTheItemFromResultsAtOnce() {
            CatalogueEntry entry = Corpus.ENTRIES.get(0);
            assertThat(ids(SearchQuery.of("对口支援", TODAY))).contains("P-1");

            index.index(Corpus.doc(entry.repeal(LocalDate.of(2024, 5, 20))));

            assertThat(ids(SearchQuery.of("对口支援", TODAY))).doesNotContain("P-1");
            assertThat(ids(SearchQuery.of("对口支援", TODAY).withValidities(EnumSet.of(Validity.REPEALED)))).containsExactly("P-1");
            assertThat(index.size()).isEqualTo(Corpus.ENTRIES.size());
        }

        @Test
        void publishMakesTheItemFindableAtOnceAndRemoveTakesItOut() {
            CatalogueEntry fresh = Corpus.entry("P-9", "SH-HZB", PublicationKind.OTHER, 12, "防汛防台应急预案",
                    "本预案适用于本市防汛防台突发事件的应对工作。", LocalDate.of(2024, 5, 30), Optional.empty());
            assertThat(ids(SearchQuery.of("应急预案", TODAY))).isEmpty();
            index.index(Corpus.doc(fresh));
            assertThat(ids(SearchQuery.of("应急预案", TODAY))).containsExactly("P-9");
            index.remove("P-9");
            assertThat(ids(SearchQuery.of("应急预案", TODAY))).isEmpty();
        }

        @Test
        void rebuildReplacesTheWholeIndex() {
            long count = index.rebuild(Corpus.ENTRIES.subList(0, 2).stream().map(Corpus::doc));
            assertThat(count).isEqualTo(2);
            assertThat(index.size()).isEqualTo(2);
            assertThat(ids(SearchQuery.of("统计公报", TODAY))).isEmpty();
        }

        @Test
        void indexOnDiskSurvivesAReopen(@TempDir Path dir) {
            try (PublicationIndex onDisk = PublicationIndex.open(dir.resolve("index"))) {
                onDisk.index(Corpus.doc(Corpus.ENTRIES.get(3)));
            }
            try (PublicationIndex reopened = PublicationIndex.open(dir.resolve("index"))) {
                assertThat(reopened.search(SearchQuery.of("统计公报", TODAY)).hits())
                        .extracting(SearchHit::id).containsExactly("P-4");
            }
        }
    }

    @Nested
    class Snippets {

        @Test
        void matchesAreMarkedInTheExcerpt() {
            SearchHit hit = index.search(SearchQuery.of("\"务公开工\"", TODAY)).hits().get(0);
            assertThat(hit.snippet()).contains("推进政<mark>务公开工</mark>作");
        }

        @Test
        void plainWordsAreMarkedAsWritten() {
            SearchHit hit = index.search(SearchQuery.of("资金", TODAY).withAgency("SH-HZB")).hits().get(0);
            assertThat(hit.snippet()).contains("<mark>资金</mark>");
            assertThat(hit.indexNumber()).startsWith("SH-HZB-");
        }

        @Test
        void textIsEscaped() {
            index.index(Corpus.doc(Corpus.entry("P-9", "SH-HZB", PublicationKind.OTHER, 2, "标签测试",
                    "请勿把<script>写进正文 & 其他符号", LocalDate.of(2024, 5, 1), Optional.empty())));
            SearchHit hit = index.search(SearchQuery.of("正文", TODAY)).hits().get(0);
            assertThat(hit.snippet()).contains("&lt;script&gt;").doesNotContain("<script>").contains("&amp;");
        }
    }

    @Nested
    class Substrings {

        @Test
        void everyRunOfTwoCharactersFindsItsItemLikeLikeWouldEvenAcrossWords() {
            // smartcn reads 教育局 and 人民政府 as whole words: the runs inside them are found all the same
            index.index(Corpus.doc(Corpus.entry("P-9", "SH-HZB", PublicationKind.OTHER, 2, "江澜市教育局关于做好PM2.5防控的通知",
                    "各区人民政府：今年第2季度AQI达标。", LocalDate.of(2024, 5, 1), Optional.empty())));
            assertThat(ids(SearchQuery.of("教育", TODAY))).containsExactly("P-9");
            assertThat(ids(SearchQuery.of("民政", TODAY))).containsExactlyInAnyOrder("P-2", "P-3", "P-9");
            assertThat(ids(SearchQuery.of("局关", TODAY))).containsExactly("P-9");
            assertThat(ids(SearchQuery.of("M2", TODAY))).containsExactly("P-9");
            assertThat(ids(SearchQuery.of("ｐｍ２．５", TODAY))).containsExactly("P-9");
            assertThat(ids(SearchQuery.of("第2季", TODAY))).containsExactly("P-9");
            assertThat(ids(SearchQuery.of("府：今", TODAY))).containsExactly("P-9");
        }

        @Test
        void aRunIsNotFoundAcrossTwoAttachments() {
            index.index(new SearchDocument(Corpus.entry("P-9", "SH-HZB", PublicationKind.OTHER, 2, "附件测试", "见附件。",
                    LocalDate.of(2024, 5, 1), Optional.empty()), List.of("第一份附件结尾", "开头第二份附件")));
            assertThat(ids(SearchQuery.of("结尾", TODAY))).containsExactly("P-9");
            assertThat(ids(SearchQuery.of("开头", TODAY))).containsExactly("P-9");
            assertThat(ids(SearchQuery.of("\"尾开\"", TODAY))).isEmpty();
        }

        @Test
        void aWordOfOneCharacterIsRefusedWithAMessage() {
            assertThatThrownBy(() -> index.search(SearchQuery.of("教育 局", TODAY)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("检索词“局”只有一个字符：每个检索词至少两个字符（如“教育”），单字请与前后的字连写。");
        }
    }

    @Nested
    class Identifiers {

        private static CatalogueEntry numbered(String id, String title, String documentNumber) {
            CatalogueEntry e = Corpus.entry(id, "SH-HZB", PublicationKind.NORMATIVE_DOCUMENT, 1, title, "正文。",
                    LocalDate.of(2024, 5, 1), Optional.empty());
            var c = e.content();
            return new CatalogueEntry(e.id(), e.indexNumber(), new org.gongkai.publication.CatalogueContent(c.agency(), c.kind(),
                    c.title(), Optional.of(documentNumber), c.article20Item(), c.issuedOn(), c.expiresOn(), c.topic(),
                    c.keywords(), c.attachments(), c.body()), e.publishedOn(), e.repealedOn(), e.previousVersion());
        }

        @BeforeEach
        void numberedItems() {
            index.index(Corpus.doc(numbered("P-11", "关于印发江教规〔2026〕15号补充说明的通知", "江教规〔2026〕16号")));
            index.index(Corpus.doc(numbered("P-12", "学生资助管理办法", "江教规〔2026〕15号")));
        }

        @Test
        void aWholeDocumentNumberRanksItsItemFirstHoweverItIsWritten() {
            for (String typed : List.of("江教规〔2026〕15号", "江教规[2026]15号", "江教规（２０２６）１５号", "江教规 【2026】 15号")) {
                assertThat(ids(SearchQuery.of(typed, TODAY))).as(typed).containsExactly("P-12", "P-11");
            }
        }

        @Test
        void partsOfADocumentNumberFindIt() {
            assertThat(ids(SearchQuery.of("江教规", TODAY))).containsExactlyInAnyOrder("P-11", "P-12");
            assertThat(ids(SearchQuery.of("〔2026〕16", TODAY))).containsExactly("P-11");
            assertThat(ids(SearchQuery.of("16号", TODAY))).containsExactly("P-11");
        }

        @Test
        void aWholeIndexNumberRanksItsItemFirstAndItsPartsFindIt() {
            assertThat(ids(SearchQuery.of("SH-HZB-2024-00012", TODAY))).first().isEqualTo("P-12");
            assertThat(ids(SearchQuery.of("sh-hzb-2024-00012", TODAY))).first().isEqualTo("P-12");
            assertThat(ids(SearchQuery.of("2024-0001", TODAY))).containsExactlyInAnyOrder("P-11", "P-12");
        }
    }

    @Nested
    class AnyInput {

        @Test
        void randomTextNeverFailsAndEveryHitHasItsSnippet() {
            String alphabet = "政府信息公开工作年度报告对口支援办法\"“”「」 ，。<>&*?~:()[]{}^!+-/\\abcXYZ012";
            Random random = new Random(20190515L);
            for (int i = 0; i < 100; i++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(SearchQuery.MAX_TEXT_LENGTH + 1);
                for (int c = 0; c < length; c++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                SearchQuery query = SearchQuery.of(text.toString(), TODAY);
                Optional<String> single = QueryParts.parse(query.text()).all().stream()
                        .filter(part -> SearchText.normalise(part).codePointCount(0, SearchText.normalise(part).length()) < 2)
                        .findFirst();
                if (single.isPresent()) {
                    assertThatThrownBy(() -> index.search(query)).isInstanceOf(IllegalArgumentException.class)
                            .hasMessage("检索词“" + single.get().strip() + "”只有一个字符：每个检索词至少两个字符（如“教育”），单字请与前后的字连写。");
                    continue;
                }
                SearchResults results = index.search(query);
                assertThat(results.hits()).allSatisfy(h -> assertThat(h.snippet()).isNotEmpty());
                assertThat(results.total()).isBetween(0L, (long) Corpus.ENTRIES.size());
            }
        }

        @Test
        void overlongTextIsRefusedInChinese() {
            String text = "公".repeat(SearchQuery.MAX_TEXT_LENGTH + 1);
            assertThatThrownBy(() -> SearchQuery.of(text, TODAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("检索词过长");
        }
    }
}
