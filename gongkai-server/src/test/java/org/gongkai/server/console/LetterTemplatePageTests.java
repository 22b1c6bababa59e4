package org.gongkai.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.letter.DefaultLetterTemplates;
import org.gongkai.letter.IssuedLetter;
import org.gongkai.letter.LetterType;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.Outcome;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.documents.DocumentFormat;
import org.gongkai.server.documents.LetterService;
import org.gongkai.server.documents.LetterTemplateService;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StatedLetters;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The letter templates page. It edits only {@code reply.NOT_PROCESSED_PUBLICATION} of agency A, which no other
 * web test issues, so the shared database's other letters stay on the defaults.
 */
@WebTest
class LetterTemplatePageTests {

    private static final LetterType TYPE = LetterType.reply(Outcome.NOT_PROCESSED_PUBLICATION);
    private static final String PAGE = "/console/letters/" + TYPE.id();
    private static final String WORDING = "本局另行提示：市图书馆政府公报阅览室可免费查阅上述出版物";
    private static final Actor CLERK = new Actor("clerk-a", WebTestData.A, Set.of(Role.REGISTRAR, Role.HANDLER));

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    LetterService letters;

    @Autowired
    LetterTemplateService letterTemplates;

    @Autowired
    RequestService requests;

    private String edited() {
        return DefaultLetterTemplates.of(TYPE).source().replace("{{details}}", WORDING + "。\n\n{{details}}");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private IssuedLetter replyIssuedNow() {
        LocalDate day = LocalDate.of(2025, 6, 2);
        String id = requests.register(CLERK, new RequestService.Submission(UUID.randomUUID().toString(),
                WebTestData.A, ApplicantType.NATURAL_PERSON, Channel.IN_PERSON,
                new ReceiptFacts(Optional.of(day), Optional.of(day), Optional.of(day)),
                new Applicant("欧阳明", null, null, null), "申请获取本市政府公报")).request().request().id();
        requests.close(CLERK, StatedLetters.ref(id, 1), day, Outcome.NOT_PROCESSED_PUBLICATION);
        return letters.forRequest(id).get(1);
    }

    private String pdfText(IssuedLetter letter) throws Exception {
        try (PDDocument doc = Loader.loadPDF(letters.download(letter.id(), DocumentFormat.PDF).orElseThrow())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void onlyTheAgencysAdministratorMayOpenOrChangeTheTemplates() throws Exception {
        mvc.perform(get("/console/letters").with(user("clerk-a"))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(user("head-a"))).andExpect(status().isForbidden());
        mvc.perform(post(PAGE).with(user("clerk-a")).with(csrf()).param("source", edited()))
                .andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/default").with(user("editor-a")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(PAGE).with(user("manager-a")).param("source", edited())).andExpect(status().isForbidden());
        assertThat(letterTemplates.history(WebTestData.A, TYPE)).isEmpty();

        assertThat(mvc.perform(get("/console").with(user("clerk-a").roles("REGISTRAR", "HANDLER"))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/console\"").doesNotContain("/console/letters");
        assertThat(mvc.perform(get("/console/reports").with(user("manager-a").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/console/letters\"");
        assertThat(page("/console/letters", "manager-a")).contains(PAGE, "答复书（3.要求提供公开出版物）", "默认模板第 " + DefaultLetterTemplates.VERSION + " 版");
        mvc.perform(get("/console/letters/reply.NO_SUCH_OUTCOME").with(user("manager-a")))
                .andExpect(status().isNotFound());
    }

    @Test
    void editingChecksPreviewsSavesAVersionThatTheNextLetterRecordsAndCanGoBackToTheDefault() throws Exception {
        String broken = edited().replace("{{article}}", "{{articel}}");
        String refused = mvc.perform(post(PAGE).with(user("manager-a")).with(csrf()).param("source", broken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("模板有误，未保存：TEST-A 的模板“reply.NOT_PROCESSED_PUBLICATION”第1版第8行：未知变量 {{articel}}",
                "根据{{articel}}的规定");
        assertThat(letterTemplates.history(WebTestData.A, TYPE)).isEmpty();

        String preview = mvc.perform(post(PAGE + "/preview").with(user("manager-a")).with(csrf())
                .param("source", edited())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("id=\"letter-preview\"", WORDING, "上海市示例区市场监督管理局");
        assertThat(letterTemplates.history(WebTestData.A, TYPE)).isEmpty();

        mvc.perform(post(PAGE).with(user("manager-a")).with(csrf()).param("source", edited()))
                .andExpect(redirectedUrl(PAGE));
        assertThat(letterTemplates.history(WebTestData.A, TYPE)).hasSize(1);
        assertThat(audit.about("TEST-A/" + TYPE.id() + "@1")).extracting(e -> e.action())
                .containsExactly("LETTER_TEMPLATE_SAVED");
        assertThat(page(PAGE, "manager-a")).contains("TEST-A 的模板“reply.NOT_PROCESSED_PUBLICATION”第1版", WORDING);
        assertThat(page("/console/letters", "manager-a")).contains("本机关第 1 版");

        IssuedLetter edited = replyIssuedNow();
        assertThat(edited.letter().template().key()).isEqualTo("TEST-A/" + TYPE.id() + "@1");
        assertThat(pdfText(edited)).contains(WORDING, "欧阳明");

        mvc.perform(post(PAGE + "/default").with(user("manager-a")).with(csrf())).andExpect(redirectedUrl(PAGE));
        assertThat(page("/console/letters", "manager-a")).contains("本机关第 2 版（与默认模板相同）");
        assertThat(page(PAGE + "?version=1", "manager-a")).contains(WORDING, "id=\"shown-version\"");
        IssuedLetter restored = replyIssuedNow();
        assertThat(restored.letter().template().key()).isEqualTo("TEST-A/" + TYPE.id() + "@2");
        assertThat(pdfText(restored)).doesNotContain(WORDING).contains("请您通过公开出版物的发行渠道获取");
        assertThat(pdfText(edited)).as("an issued letter stays as issued").contains(WORDING);
    }
}
