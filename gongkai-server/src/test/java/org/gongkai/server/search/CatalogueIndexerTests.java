package org.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.security.UserRepository;
import org.gongkai.server.publications.AttachmentUploads;
import org.gongkai.server.publications.PublicationDetails;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.testing.SampleFiles;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WebTest
class CatalogueIndexerTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Autowired
    UserRepository users;

    @Autowired
    PublicationRepository publicationRepository;

    @Autowired
    StoredEntries storedEntries;

    @Autowired
    PublicationService publications;

    @Autowired
    PublicationIndex index;

    private List<String> found(String text) {
        return index.search(SearchQuery.of(text, TODAY).withAgency(WebTestData.A)).hits().stream()
                .map(SearchHit::id).toList();
    }

    private Publication publish(String title) {
        Actor clerk = users.actor("clerk-a").orElseThrow();
        return publications.publish(clerk, new PublicationService.NewPublication(WebTestData.A,
                PublicationKind.NORMATIVE_DOCUMENT, title, Optional.empty(), 1, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), Optional.empty(), null));
    }

    @Test
    void aPublishedItemIsFoundAndLeavesTheResultsWhenRepealed() {
        Publication p = publish("测试市湿地保护办法");
        assertThat(found("湿地保护")).containsExactly(p.id());

        Actor clerk = users.actor("clerk-a").orElseThrow();
        publications.repeal(clerk, p.id(), publications.get(p.id()).version(),
                LocalDate.of(2026, 4, 1), null);

        assertThat(found("湿地保护")).doesNotContain(p.id());
    }

    @Test
    void anEditedTitleReplacesTheOldOneInTheIndex() {
        Publication p = publish("测试市古树名木养护规定");
        Publication renamed = new Publication(p.id(), p.agency(), p.kind(), p.indexNumber(), "测试市街头绿地养护规定",
                p.documentNumber(), p.article20Item(), p.issuedOn(), p.publishedOn(), p.repealedOn(), p.expiresOn());
        Actor clerk = users.actor("clerk-a").orElseThrow();
        publications.edit(clerk, renamed, publications.get(p.id()).version(), null);

        assertThat(found("街头绿地")).containsExactly(p.id());
        assertThat(found("古树名木")).isEmpty();
    }

    private Publication publishWithFiles(String title, String body) {
        Actor clerk = users.actor("clerk-a").orElseThrow();
        AttachmentUploads uploads = new AttachmentUploads(1024 * 1024);
        return publications.publish(clerk, new PublicationService.NewPublication(WebTestData.A,
                PublicationKind.OTHER, title, Optional.empty(), 7, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2),
                Optional.empty(), null), PublicationDetails.body(body),
                List.of(uploads.accept("指标表.pdf", SampleFiles.pdf()),
                        uploads.accept("说明.docx", SampleFiles.docx("本次评价采用第三方独立评审方式进行"))));
    }

    @Test
    void wordsOnlyInsideAttachmentsFindTheItemWithASnippetFromThem() {
        Publication p = publishWithFiles("对口帮扶项目绩效评价结果", "现将评价结果予以公开，详见附件。");

        SearchHit pdfHit = index.search(SearchQuery.of(SampleFiles.PDF_WORD, TODAY).withAgency(WebTestData.A)).hits().get(0);
        assertThat(pdfHit.id()).isEqualTo(p.id());
        assertThat(pdfHit.snippet()).contains("<mark>" + SampleFiles.PDF_WORD + "</mark>");
        assertThat(found("\"第三方独立评审\"")).containsExactly(p.id());
        SearchHit bodyHit = index.search(SearchQuery.of("予以公开", TODAY).withAgency(WebTestData.A)).hits().stream()
                .filter(h -> h.id().equals(p.id())).findFirst().orElseThrow();
        assertThat(bodyHit.snippet()).isEqualTo("现将评价结果<mark>予以公开</mark>，详见附件。");
    }

    @Test
    void aRebuildIndexesBodiesAndAttachmentsFromTheDatabase() {
        Publication p = publishWithFiles("河湖长制工作考核结果", "考核结果如下。");
        try (PublicationIndex fresh = PublicationIndex.inMemory()) {
            CatalogueIndexer.rebuild(storedEntries, fresh);
            assertThat(fresh.search(SearchQuery.of("\"第三方独立评审\"", TODAY).withAgency(WebTestData.A)).hits())
                    .extracting(SearchHit::id).contains(p.id());
            assertThat(fresh.search(SearchQuery.of("考核结果如下", TODAY).withAgency(WebTestData.A)).hits())
                    .extracting(SearchHit::id).containsExactly(p.id());
        }
    }

    @Test
    void aRebuildIndexesEveryStoredPublication() {
        publish("测试市河道管理条例实施细则");
        try (PublicationIndex fresh = PublicationIndex.inMemory()) {
            long count = CatalogueIndexer.rebuild(storedEntries, fresh);

            assertThat(count).isEqualTo(publicationRepository.all().size()).isPositive();
            assertThat(fresh.size()).isEqualTo((int) count);
        }
    }
}
