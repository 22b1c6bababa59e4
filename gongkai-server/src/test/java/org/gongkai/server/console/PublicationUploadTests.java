package org.gongkai.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gongkai.publication.CatalogueContent;
import org.gongkai.publication.Publication;
import org.gongkai.server.publications.AttachmentUploads;
import org.gongkai.server.publications.PublicationDrafts;
import org.gongkai.server.publications.PublicationFiles;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.search.StoredEntries;
import org.gongkai.server.security.UserRepository;
import org.gongkai.server.testing.SampleFiles;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Drafts with a text, 主题分类, 关键词 and files: checked on upload, shown to the reviewer, copied to the item on
 * publishing.
 */
@WebTest
class PublicationUploadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserRepository users;

    @Autowired
    PublicationRepository publicationRepository;

    @Autowired
    StoredEntries storedEntries;

    @Autowired
    PublicationFiles publicationFiles;

    @Autowired
    PublicationDrafts drafts;

    private static MockMultipartHttpServletRequestBuilder draft(String title, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/console/publications/drafts");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.param("title", title).param("kind", "OTHER").param("article20Item", "7")
                .param("issuedOn", "2025-05-20").param("body", "第一条 本办法适用于全市。\n第二条 自发布之日起施行。");
        return request;
    }

    private static MockMultipartHttpServletRequestBuilder draft(String title, String topic, String keywords) {
        return draft(title).param("topic", topic).param("keywords", keywords).with(user("editor-a")).with(csrf());
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes);
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/console/publications").with(user(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private PublicationDrafts.Draft pending(String title) {
        return drafts.pending(WebTestData.A).stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aDraftsTextAndFilesAreShownToTheReviewerAndPublishedWithIt() throws Exception {
        String title = "测试市绩效评价办法" + UUID.randomUUID();
        byte[] docx = SampleFiles.docx("评价方式说明");
        mvc.perform(draft(title, file("指标表.pdf", SampleFiles.pdf()), file("说明.docx", docx))
                        .with(user("editor-a")).with(csrf()))
                .andExpect(redirectedUrl("/console/publications"));
        PublicationDrafts.Draft d = pending(title);

        String review = page("publisher-a");
        assertThat(review).contains("第二条 自发布之日起施行。", "指标表.pdf", "说明.docx",
                "href=\"/console/publications/drafts/" + d.id() + "/files/2\"");
        assertThat(mvc.perform(get("/console/publications/drafts/" + d.id() + "/files/2").with(user("publisher-a")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(docx);
        mvc.perform(get("/console/publications/drafts/" + d.id() + "/files/1").with(user("clerk-b")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/console/publications/drafts/" + d.id() + "/publish").with(user("publisher-a")).with(csrf()))
                .andExpect(redirectedUrl("/console/publications"));
        Publication p = publicationRepository.byAgency(WebTestData.A).stream()
                .filter(x -> x.title().equals(title)).findFirst().orElseThrow();
        assertThat(publicationRepository.details(p.id()).body()).isEqualTo("第一条 本办法适用于全市。\n第二条 自发布之日起施行。");
        assertThat(publicationFiles.ofPublication(p.id())).extracting(f -> f.attachment().mediaType())
                .containsExactly(AttachmentUploads.PDF, AttachmentUploads.DOCX);
        assertThat(publicationFiles.ofPublication(p.id(), 2).orElseThrow().bytes()).isEqualTo(docx);
    }

    @Test
    void aRefusedFileKeepsTheWholeDraftOutAndSaysWhyInChinese() throws Exception {
        String title = "测试市伪装文件" + UUID.randomUUID();
        int before = drafts.pending(WebTestData.A).size();
        String page = mvc.perform(draft(title, file("指标表.pdf", SampleFiles.pdf()),
                        file("病毒.pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
                        .with(user("editor-a")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("附件“病毒.pdf”不是 PDF 或 DOCX 文件（按文件内容判断）", "id=\"files-error\"")
                .contains("value=\"" + title + "\"");
        assertThat(drafts.pending(WebTestData.A)).hasSize(before).noneMatch(d -> d.title().equals(title));
    }

    @Test
    void aDraftWithoutFilesStillWorksAndTheMultipartFormNeedsItsToken() throws Exception {
        String title = "测试市无附件通知" + UUID.randomUUID();
        mvc.perform(draft(title).with(user("editor-a"))).andExpect(status().isForbidden());
        mvc.perform(draft(title, file("", new byte[0])).with(user("editor-a")).with(csrf()))
                .andExpect(redirectedUrl("/console/publications"));
        PublicationDrafts.Draft d = pending(title);
        assertThat(drafts.content(WebTestData.A, d.id()).files()).isEmpty();
        assertThat(page("editor-a")).contains("enctype=\"multipart/form-data\"", "type=\"file\"");
        Publication p = drafts.approve(users.actor("publisher-a").orElseThrow(), d.id());
        assertThat(publicationFiles.ofPublication(p.id())).isEmpty();
    }

    @Test
    void topicAndKeywordsAreShownToTheReviewerAndOnThePortalAndGoIntoTheBundleEntry() throws Exception {
        String title = "测试市绿道规划" + UUID.randomUUID();
        mvc.perform(draft(title, "  城乡建设 ", "绿道， 管理;规划、绿道  "))
                .andExpect(redirectedUrl("/console/publications"));
        PublicationDrafts.Draft d = pending(title);
        assertThat(drafts.content(WebTestData.A, d.id()).keywords()).containsExactly("绿道", "管理", "规划");

        assertThat(page("publisher-a")).contains("<dd>城乡建设</dd>", "<dd>绿道、管理、规划</dd>");

        mvc.perform(post("/console/publications/drafts/" + d.id() + "/publish").with(user("publisher-a")).with(csrf()))
                .andExpect(redirectedUrl("/console/publications"));
        Publication p = publicationRepository.byAgency(WebTestData.A).stream()
                .filter(x -> x.title().equals(title)).findFirst().orElseThrow();
        assertThat(mvc.perform(get("/agencies/" + WebTestData.A + "/publications/" + p.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("主题分类", "<dd>城乡建设</dd>", "关键词", "<dd>绿道、管理、规划</dd>");
        CatalogueContent exported = storedEntries.entry(p).orElseThrow().content();
        assertThat(exported.topic()).contains("城乡建设");
        assertThat(exported.keywords()).containsExactly("绿道", "管理", "规划");
    }

    @Test
    void aDraftWithoutTopicOrKeywordsShowsDashes() throws Exception {
        String title = "测试市无主题通知" + UUID.randomUUID();
        mvc.perform(draft(title, " ", " ，、 ")).andExpect(redirectedUrl("/console/publications"));
        PublicationDrafts.Draft d = pending(title);
        PublicationDrafts.DraftContent c = drafts.content(WebTestData.A, d.id());
        assertThat(c.topic()).isEqualTo(Optional.empty());
        assertThat(c.keywords()).isEmpty();
    }

    @Test
    void badKeywordsOrTopicAreRefusedWithTheFieldsMessageAndNothingIsStored() throws Exception {
        String title = "测试市关键词过多" + UUID.randomUUID();
        int before = drafts.pending(WebTestData.A).size();
        String eleven = String.join(",", List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"));

        String tooMany = mvc.perform(draft(title, "城乡建设", eleven)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String tooLong = mvc.perform(draft(title, "城乡建设", "绿道 二十一个字二十一个字二十一个字二十一个字二十"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String longTopic = mvc.perform(draft(title, "城".repeat(51), "绿道")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(tooMany).contains("id=\"keywords-error\"", "关键词最多 10 个，现有 11 个。", "value=\"" + title + "\"");
        assertThat(tooLong).contains("id=\"keywords-error\"", "每个关键词不能超过 20 个字：“二十一个字二十一个字二十一个字二十一个字二十”过长。");
        assertThat(longTopic).contains("id=\"topic-error\"", "主题分类不能超过 50 个字，现有 51 个字。")
                .doesNotContain("id=\"keywords-error\"");
        assertThat(drafts.pending(WebTestData.A)).hasSize(before).noneMatch(x -> x.title().equals(title));
    }
}
