package org.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.Services;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class CatalogueIndexerTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Autowired
    Services services;

    @Autowired
    PublicationIndex index;

    private List<String> found(String text) {
        return index.search(SearchQuery.of(text, TODAY).withAgency(WebTestData.A)).hits().stream()
                .map(SearchHit::id).toList();
    }

    private Publication publish(String title) {
        Actor clerk = services.users.actor("clerk-a").orElseThrow();
        return services.publications.publish(clerk, new PublicationService.NewPublication(WebTestData.A,
                PublicationKind.NORMATIVE_DOCUMENT, title, Optional.empty(), 1, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), Optional.empty(), null));
    }

    @Test
    void aPublishedItemIsFoundAndLeavesTheResultsWhenRepealed() {
        Publication p = publish("测试市湿地保护办法");
        assertThat(found("湿地保护")).containsExactly(p.id());

        Actor clerk = services.users.actor("clerk-a").orElseThrow();
        services.publications.repeal(clerk, p.id(), services.publications.get(p.id()).version(),
                LocalDate.of(2026, 4, 1), null);

        assertThat(found("湿地保护")).doesNotContain(p.id());
    }

    @Test
    void anEditedTitleReplacesTheOldOneInTheIndex() {
        Publication p = publish("测试市古树名木养护规定");
        Publication renamed = new Publication(p.id(), p.agency(), p.kind(), p.indexNumber(), "测试市街头绿地养护规定",
                p.documentNumber(), p.article20Item(), p.issuedOn(), p.publishedOn(), p.repealedOn(), p.expiresOn());
        Actor clerk = services.users.actor("clerk-a").orElseThrow();
        services.publications.edit(clerk, renamed, services.publications.get(p.id()).version(), null);

        assertThat(found("街头绿地")).containsExactly(p.id());
        assertThat(found("古树名木")).isEmpty();
    }

    @Test
    void aRebuildIndexesEveryStoredPublication() {
        publish("测试市河道管理条例实施细则");
        try (PublicationIndex fresh = PublicationIndex.inMemory()) {
            long count = CatalogueIndexer.rebuild(services, fresh);

            assertThat(count).isEqualTo(services.publicationRepository.all().size()).isPositive();
            assertThat(fresh.size()).isEqualTo((int) count);
        }
    }
}
