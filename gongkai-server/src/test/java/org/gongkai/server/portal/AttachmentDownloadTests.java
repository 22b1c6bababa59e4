package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.publication.Publication;
import org.gongkai.publication.PublicationKind;
import org.gongkai.server.security.UserRepository;
import org.gongkai.server.publications.AttachmentUploads;
import org.gongkai.server.publications.PublicationDetails;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.testing.SampleFiles;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A publication's page shows its text and attachments; each attachment downloads at its own address. */
@WebTest
class AttachmentDownloadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserRepository users;

    @Autowired
    PublicationService publications;

    private Publication p;
    private String base;

    @BeforeEach
    void publishWithFiles() {
        AttachmentUploads uploads = new AttachmentUploads(1024 * 1024);
        p = publications.publish(users.actor("clerk-a").orElseThrow(),
                new PublicationService.NewPublication(WebTestData.A, PublicationKind.OTHER, "测试市公园绩效评价结果",
                        Optional.empty(), 4, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 3), Optional.empty(), null),
                PublicationDetails.body("第一条 <script>不执行</script>\n第二条 评价结果见附件。"),
                List.of(uploads.accept("评价指标 表.pdf", SampleFiles.pdf()), uploads.accept("说明.docx", SampleFiles.docx("说明"))));
        base = "/agencies/" + WebTestData.A + "/publications/" + p.id();
    }

    @Test
    void thePageShowsTheBodyAsTextAndLinksEachAttachment() throws Exception {
        String page = mvc.perform(get(base)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("第二条 评价结果见附件。").contains("&lt;script&gt;").doesNotContain("<script>不执行")
                .contains("href=\"" + base + "/attachments/1\"").contains("评价指标 表.pdf")
                .contains("href=\"" + base + "/attachments/2\"").contains("说明.docx")
                .doesNotContain("本条信息没有附件");
    }

    @Test
    void anAttachmentDownloadsWithItsTypeAndUtf8NameAndNoSniffing() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(base + "/attachments/1")).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%E8%AF%84%E4%BB%B7%E6%8C%87%E6%A0%87%20%E8%A1%A8.pdf");
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getContentAsByteArray()).isEqualTo(SampleFiles.pdf());

        assertThat(mvc.perform(get(base + "/attachments/2")).andReturn().getResponse().getContentType())
                .isEqualTo(AttachmentUploads.DOCX);
    }

    @Test
    void aMissingAttachmentOrAWrongAgencyIsNotFound() throws Exception {
        mvc.perform(get(base + "/attachments/3")).andExpect(status().isNotFound());
        mvc.perform(get(base + "/attachments/0")).andExpect(status().isNotFound());
        mvc.perform(get(base + "/attachments/x")).andExpect(status().isNotFound());
        mvc.perform(get("/agencies/" + WebTestData.B + "/publications/" + p.id() + "/attachments/1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agencies/" + WebTestData.A + "/publications/NO-SUCH/attachments/1"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFeedsLinkTheDownloads() throws Exception {
        String atom = mvc.perform(get("/agencies/" + WebTestData.A + "/feed.atom")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(atom).contains("rel=\"enclosure\" href=\"http://localhost" + base + "/attachments/1\"")
                .contains("第二条 评价结果见附件。");
        mvc.perform(get("/agencies/" + WebTestData.A + "/feed.json").param("item", "4"))
                .andExpect(jsonPath("$.items[?(@._gongkai.indexNumber == '" + p.id() + "')].attachments[1].url")
                        .value("http://localhost" + base + "/attachments/2"));
        mvc.perform(get(base + "/attachments/2")).andExpect(status().isOk());
    }
}
