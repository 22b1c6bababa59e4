package org.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongkai.agency.Agency;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.Assembly;
import org.gongkai.server.publications.AttachmentFile;
import org.gongkai.server.publications.AttachmentUploads;
import org.gongkai.server.publications.PublicationDetails;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.publications.StoredFile;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseKind;
import org.gongkai.server.store.TestDatabases;
import org.gongkai.server.store.TestServices;
import org.gongkai.server.testing.SampleFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Random items stored in H2 or PostgreSQL, indexed from the database as the server indexes them; random runs of
 * their titles, bodies, attachments, 文号 and 索引号 each find exactly the items whose normalised fields contain the
 * normalised run (docs/search.md): the run's own item, and no item that LIKE would not find.
 */
class SearchRecallPropertyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String AGENCY = "PT-A";
    /** Han, Latin of both cases and widths, digits of both widths, brackets of every kind, spaces and punctuation. */
    private static final String ALPHABET = "教育局人民政府信息公开规范性文件办法江沪合交规号年月日ABCabcXyz0123456789０１２３ＡＢｃ"
            + "〔〕[]【】()（）［］ 　，。、：《》-./%_";

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyRunOfAnItemsFieldsFindsTheItemAndOnlyItemsContainingIt(DatabaseKind kind) {
        Random random = new Random(20_190_515L + kind.ordinal());
        try (Database db = TestDatabases.fresh(kind); PublicationIndex index = PublicationIndex.inMemory()) {
            Assembly services = TestServices.on(db, TODAY);
            services.agencies.insert(new Agency(AGENCY, "属性测试局", Optional.empty()));
            services.users.insert("publisher-pt", "publisher-pt", AGENCY, Set.of(Role.PUBLISHER));
            Actor publisher = services.users.actor("publisher-pt").orElseThrow();
            for (int i = 0; i < 30; i++) {
                publish(services, publisher, random);
            }
            CatalogueIndexer.rebuild(services.storedEntries, index);
            Map<String, Item> fields = fields(services);

            for (int q = 0; q < 300; q++) {
                List<String> ids = new ArrayList<>(fields.keySet());
                String id = ids.get(random.nextInt(ids.size()));
                List<String> ofItem = fields.get(id).all();
                String field = ofItem.get(random.nextInt(ofItem.size()));
                if (field.length() < 2) {
                    continue;
                }
                int length = 2 + random.nextInt(Math.min(7, field.length() - 1));
                int start = random.nextInt(field.length() - length + 1);
                String run = field.substring(start, start + length);
                String needle = SearchText.normalise(run);
                if (needle.codePointCount(0, needle.length()) < 2 || needle.contains("\"")) {
                    continue;
                }
                Set<String> expected = new TreeSet<>();
                fields.forEach((item, f) -> {
                    if (f.contains(f.all(), needle)) {
                        expected.add(item);
                    }
                });
                SearchResults results = index.search(SearchQuery.of("\"" + run + "\"", TODAY).page(0, SearchQuery.MAX_LIMIT));
                assertThat(results.hits()).extracting(SearchHit::id).as("%s (from %s)", run, id)
                        .contains(id).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(results.hits()).filteredOn(h -> fields.get(h.id()).contains(fields.get(h.id()).texts(), needle))
                        .allSatisfy(h -> assertThat(h.snippet()).as(run).contains("<mark>"));
            }
        }
    }

    private static void publish(Assembly services, Actor publisher, Random random) {
        Optional<String> number = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(text(random, 6, 14));
        AttachmentUploads uploads = new AttachmentUploads(1024 * 1024);
        List<AttachmentFile> files = new ArrayList<>();
        for (int f = random.nextInt(3); f > 0; f--) {
            files.add(uploads.accept("附件" + f + ".docx", SampleFiles.docx(text(random, 5, 60))));
        }
        services.publications.publish(publisher, new PublicationService.NewPublication(AGENCY, PublicationKind.OTHER,
                text(random, 4, 30), number, 1 + random.nextInt(15), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2),
                Optional.empty(), null), PublicationDetails.body(text(random, 0, 200)), files);
    }

    private static String text(Random random, int min, int max) {
        StringBuilder text = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        while (text.length() < length) {
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            if (text.length() > 0 || !Character.isWhitespace(c) && c != '　') {
                text.append(c);
            }
        }
        return text.toString().strip();
    }

    /** An item's searchable fields: the texts a snippet is cut from (title, body, attachments), and 文号 and 索引号. */
    private record Item(List<String> texts, List<String> identifiers) {

        List<String> all() {
            return Stream.concat(texts.stream(), identifiers.stream()).toList();
        }

        boolean contains(List<String> fields, String needle) {
            return fields.stream().anyMatch(t -> SearchText.normalise(t).contains(needle));
        }
    }

    /** Return each stored item's searchable fields as the database holds them. */
    private static Map<String, Item> fields(Assembly services) {
        Map<String, Item> fields = new TreeMap<>();
        for (Publication p : services.publicationRepository.all()) {
            List<String> texts = new ArrayList<>(List.of(p.title(), services.publicationRepository.details(p.id()).body()));
            services.publicationFiles.ofPublication(p.id()).stream().map(StoredFile::text).forEach(texts::add);
            List<String> identifiers = new ArrayList<>(List.of(p.indexNumber()));
            p.documentNumber().ifPresent(identifiers::add);
            fields.put(p.id(), new Item(texts, identifiers));
        }
        return fields;
    }
}
