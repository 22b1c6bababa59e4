package org.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.gongkai.publication.Validity;
import org.gongkai.server.Assembly;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseKind;
import org.gongkai.server.store.TestDatabases;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a new user types on the demo (issue 21) finds what a LIKE scan of the database finds. */
class DemoSearchTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 20);
    private static Database db;
    private static PublicationIndex index;

    @BeforeAll
    static void loadTheDemo() {
        db = TestDatabases.fresh(DatabaseKind.H2);
        Assembly services = TestServices.on(db, TODAY);
        TestServices.demoData(services, db, 5).loadIfEmpty();
        index = PublicationIndex.inMemory();
        CatalogueIndexer.rebuild(services.storedEntries, index);
    }

    @AfterAll
    static void close() {
        index.close();
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"教育", "人民", "沪合交规〔2021〕1号", "沪合交规", "〔2023〕2"})
    void findsWhatLikeFinds(String text) {
        List<String> like = db.jdbc().sql("""
                select p.id from publication p
                where p.title like :s or p.body like :s or p.document_number like :s or p.index_number like :s
                   or exists (select 1 from publication_file f where f.publication_id = p.id and f.extracted_text like :s)
                order by p.id""").param("s", "%" + text + "%").query(String.class).list();

        assertThat(like).isNotEmpty();
        assertThat(found(text)).containsExactlyInAnyOrderElementsOf(like);
    }

    @ParameterizedTest
    @ValueSource(strings = {"沪合交规〔2021〕1号", "沪合交规[2021]1号", "沪合交规（２０２１）１号", "沪合交规 〔2021〕 1号"})
    void aWholeDocumentNumberHoweverWrittenRanksItsItemFirst(String text) {
        String item = db.jdbc().sql("select id from publication where document_number = '沪合交规〔2021〕1号'")
                .query(String.class).single();

        assertThat(index.search(SearchQuery.of(text, TODAY)).hits().get(0).id()).isEqualTo(item);
    }

    private static List<String> found(String text) {
        List<String> ids = new ArrayList<>();
        SearchQuery query = SearchQuery.of(text, TODAY).withValidities(EnumSet.allOf(Validity.class));
        for (int offset = 0; ; offset += SearchQuery.MAX_LIMIT) {
            List<SearchHit> hits = index.search(query.page(offset, SearchQuery.MAX_LIMIT)).hits();
            hits.forEach(h -> ids.add(h.id()));
            if (hits.size() < SearchQuery.MAX_LIMIT) {
                return ids;
            }
        }
    }
}
