package org.gongkai.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.gongkai.letter.DefaultLetterTemplates;
import org.gongkai.publication.PublicationKind;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.request.RequestEvent;
import org.gongkai.request.RequestState;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.publications.PublicationDrafts;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StoredRequest;
import org.gongkai.server.security.Actor;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class ConsoleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    PublicationRepository publicationRepository;

    @Autowired
    RequestService requests;

    private String request(String agency, LocalDate on) {
        LocalDate day = on;
        return requests.register(Actor.system("test"), new RequestService.Submission(UUID.randomUUID().toString(),
                agency, ApplicantType.NATURAL_PERSON, Channel.IN_PERSON,
                new ReceiptFacts(Optional.of(day), Optional.of(day), Optional.of(day)),
                new Applicant("司马光明", "000000198001011234", "10012345678", "测试市示例路1号"), "申请公开某项目的立项批复"))
                .request().request().id();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void consoleNeedsALogin() throws Exception {
        mvc.perform(get("/console")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void inboxSortsByDueDateAndMarksOverdueAndDueSoon() throws Exception {
        String overdue = request(WebTestData.A, LocalDate.of(2025, 4, 1));
        String soon = request(WebTestData.A, LocalDate.of(2025, 5, 6));
        String fresh = request(WebTestData.A, LocalDate.of(2025, 6, 2));
        String inbox = page("/console", "clerk-a");
        assertThat(inbox.indexOf(overdue)).isLessThan(inbox.indexOf(soon));
        assertThat(inbox.indexOf(soon)).isLessThan(inbox.indexOf(fresh));
        assertThat(inbox).contains("class=\"overdue\"", "class=\"soon\"", "司**").doesNotContain("司马光明");
        assertThat(inbox).contains("<th scope=\"row\" class=\"nowrap\"><a", "<td class=\"nowrap\">2025-04-01</td>");
        String filtered = page("/console?state=OVERDUE", "clerk-a");
        assertThat(filtered).contains(overdue).doesNotContain(fresh);
    }

    @Test
    void aUserOfAgencyAOpeningAgencyBsRequestGets403() throws Exception {
        String theirs = request(WebTestData.B, LocalDate.of(2025, 6, 2));
        mvc.perform(get("/console/requests/" + theirs).with(user("clerk-a"))).andExpect(status().isForbidden());
        mvc.perform(post("/console/requests/" + theirs + "/close").with(user("clerk-a")).with(csrf())
                        .param("letter[informationProvided]", "《示例批复》").param("letter[provisionMethod]", "电子邮件").param("letter[withheldParts]", "附件中的身份信息，依据第十五条").param("letter[reason]", "属于第十五条情形")
                .param("version", "1").param("on", "2025-06-02").param("outcome", "DISCLOSED"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/requests/NO-SUCH").with(user("clerk-a"))).andExpect(status().isNotFound());
    }

    @Test
    void rolesAreCheckedOnTheServer() throws Exception {
        String id = request(WebTestData.A, LocalDate.of(2025, 6, 2));
        mvc.perform(get("/console/requests/" + id).with(user("editor-a"))).andExpect(status().isForbidden());
        mvc.perform(post("/console/requests/" + id + "/extend").with(user("clerk-a")).with(csrf())
                        .param("letter[approvedBy]", "公开科科长李某")
                .param("version", "1").param("on", "2025-06-02").param("workingDays", "10"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/publications").with(user("clerk-a"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/reports").with(user("clerk-a"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/supervision").with(user("admin-a"))).andExpect(status().isForbidden());
        assertThat(page("/console/requests/" + id, "manager-a")).doesNotContain("/applicant\"", "action-close");
        mvc.perform(get("/console/requests/" + id + "/applicant").with(user("manager-a"))).andExpect(status().isForbidden());
    }

    @Test
    void requestPageOffersExactlyTheStepsItsStateAllows() throws Exception {
        String id = request(WebTestData.A, LocalDate.of(2025, 6, 2));
        String open = page("/console/requests/" + id, "clerk-a");
        assertThat(open).contains("action-clarify", "action-close", "action-withdraw")
                .doesNotContain("action-clarified", "action-extend", "司马光明");
        assertThat(page("/console/requests/" + id, "head-a")).contains("action-extend");
        mvc.perform(post("/console/requests/" + id + "/clarify").with(user("clerk-a")).with(csrf())
                        .param("letter[correctionItems]", "请写明所需文件的文号")
                        .param("version", "1").param("on", "2025-06-02").param("respondBy", "2025-06-17"))
                .andExpect(redirectedUrl("/console/requests/" + id));
        assertThat(requests.get(id).projection().state()).isEqualTo(RequestState.WAITING_ON_APPLICANT);
        String waiting = page("/console/requests/" + id, "clerk-a");
        assertThat(waiting).contains("action-clarified", "政府信息公开申请补正告知书").doesNotContain("action-clarify\"");
        assertThat(page("/console?handler=clerk-a", "head-a")).contains(id);
        assertThat(page("/console?handler=head-a", "head-a")).doesNotContain(id);
        mvc.perform(post("/console/requests/" + id + "/consulted").with(user("clerk-a")).with(csrf())
                .param("version", "2").param("on", "2025-06-02")).andExpect(status().isForbidden());
    }

    @Test
    void registrarAndHandlerAreEachOfferedAndAllowedOnlyTheirOwnSteps() throws Exception {
        String id = request(WebTestData.A, LocalDate.of(2025, 6, 2));
        assertThat(page("/console/requests/" + id, "registrar-a")).contains("action-withdraw")
                .doesNotContain("action-clarify", "action-close", "action-consult", "action-fee", "action-extend");
        assertThat(page("/console/requests/" + id, "handler-a")).contains("action-clarify", "action-close",
                "action-consult", "action-fee").doesNotContain("action-withdraw", "action-extend");
        mvc.perform(post("/console/requests/" + id + "/clarify").with(user("registrar-a")).with(csrf())
                        .param("letter[correctionItems]", "请写明所需文件的文号")
                        .param("version", "1").param("on", "2025-06-02").param("respondBy", "2025-06-17"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/requests/" + id + "/clarify").with(user("handler-a")).with(csrf())
                        .param("letter[correctionItems]", "请写明所需文件的文号")
                        .param("version", "1").param("on", "2025-06-02").param("respondBy", "2025-06-17"))
                .andExpect(redirectedUrl("/console/requests/" + id));
        assertThat(page("/console/requests/" + id, "handler-a")).doesNotContain("action-clarified");
        assertThat(page("/console/requests/" + id, "registrar-a")).contains("action-clarified");
        mvc.perform(post("/console/requests/" + id + "/clarified").with(user("handler-a")).with(csrf())
                .param("version", "2").param("on", "2025-06-02")).andExpect(status().isForbidden());
        assertThat(requests.get(id).version()).isEqualTo(2);
    }

    @Test
    void onlyRegistrarsAndHandlersSeeTheApplicantInClear() throws Exception {
        String id = request(WebTestData.A, LocalDate.of(2025, 6, 2));
        assertThat(page("/console/requests/" + id + "/applicant", "registrar-a")).contains("司马光明");
        assertThat(page("/console/requests/" + id + "/applicant", "handler-a")).contains("司马光明");
        String approver = page("/console/requests/" + id, "admin-a");
        assertThat(approver).contains("司**", "action-extend").doesNotContain("司马光明", "/applicant\"");
        mvc.perform(get("/console/requests/" + id + "/applicant").with(user("admin-a"))).andExpect(status().isForbidden());
    }

    @Test
    void requestPageListsTheIssuedLettersWithTheirDownloads() throws Exception {
        String id = request(WebTestData.A, LocalDate.of(2025, 6, 2));
        String open = page("/console/requests/" + id, "clerk-a");
        String pdf = "/console/requests/" + id + "/letters/" + id + "-L1.pdf";
        assertThat(open).contains("政府信息公开申请登记回执", "default/receipt@" + DefaultLetterTemplates.VERSION, pdf, id + "-L1.docx");

        byte[] file = mvc.perform(get(pdf).with(user("clerk-a"))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(file, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        mvc.perform(get("/console/requests/" + id + "/letters/" + id + "-L1.docx").with(user("clerk-a")))
                .andExpect(status().isOk());
        mvc.perform(get("/console/requests/" + id + "/letters/" + id + "-L9.pdf").with(user("clerk-a")))
                .andExpect(status().isNotFound());
        String theirs = request(WebTestData.B, LocalDate.of(2025, 6, 2));
        mvc.perform(get("/console/requests/" + id + "/letters/" + theirs + "-L1.pdf").with(user("clerk-a")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/requests/" + theirs + "/letters/" + theirs + "-L1.pdf").with(user("clerk-a")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCloseTheHistoryDoesNotSupportIsRefusedWithTheRuleAndNothingIsStored() throws Exception {
        String id = request(WebTestData.A, LocalDate.of(2025, 6, 2));
        assertThat(page("/console/requests/" + id, "clerk-a")).contains("id=\"fee-feeReceivedOn\"");
        mvc.perform(post("/console/requests/" + id + "/fee").with(user("clerk-a")).with(csrf())
                        .param("letter[paymentMethod]", "银行转账")
                        .param("version", "1").param("on", "2025-06-02").param("amountYuan", "200")
                        .param("feeReceivedOn", "2025-06-02"))
                .andExpect(redirectedUrl("/console/requests/" + id));
        assertThat(requests.get(id).request().events().get(1))
                .isEqualTo(new RequestEvent.FeeNotified(LocalDate.of(2025, 6, 2), new BigDecimal("200"), Optional.of(LocalDate.of(2025, 6, 2))));
        // 20 working days after Mon 2025-06-02 (端午): 06-03..06 = 1..4; 06-09..13 = 5..9; 06-16..20 = 10..14;
        // 06-23..27 = 15..19; 06-30 = 20.
        mvc.perform(post("/console/requests/" + id + "/close").with(user("clerk-a")).with(csrf())
                        .param("letter[informationProvided]", "《示例批复》").param("letter[provisionMethod]", "电子邮件").param("letter[withheldParts]", "附件中的身份信息，依据第十五条").param("letter[reason]", "属于第十五条情形")
                        .param("version", "2").param("on", "2025-06-02").param("outcome", "OTHER_FEE_UNPAID"))
                .andExpect(redirectedUrl("/console/requests/" + id))
                .andExpect(r -> assertThat((String) r.getFlashMap().get("refusal")).isEqualTo("申请 " + id
                        + " 的 events[2]（CLOSED，2025-06-02）：不能以表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其"
                        + "政府信息公开申请”办结（条例第四十二条）：events[1] 的收费通知的缴费期限 2025-06-30 尚未届满，须在缴费期限届满后才能以"
                        + "逾期未缴费办结（feePaymentWorkingDays=20（依据：国办函〔2020〕109号（据四川省实施通知：收到收费通知次日起20个工作日内"
                        + "缴费；全国文本未核实），自 2021-01-01 起））"));
        assertThat(requests.get(id).version()).isEqualTo(2);
    }

    @Test
    void aLateClarificationLeavesTheRequestOpenAndItsCorrectionRecordable() throws Exception {
        String id = request(WebTestData.A, LocalDate.of(2025, 5, 6));
        mvc.perform(post("/console/requests/" + id + "/clarify").with(user("clerk-a")).with(csrf())
                        .param("letter[correctionItems]", "请写明所需文件的文号")
                        .param("version", "1").param("on", "2025-06-02").param("respondBy", "2025-06-17"))
                .andExpect(redirectedUrl("/console/requests/" + id));
        // Due 20 working days after Tue 2025-05-06: 05-07..09, 05-12..16, 05-19..23, 05-26..30 = 18; 06-03, 06-04.
        StoredRequest late = requests.get(id);
        assertThat(late.projection().state()).isEqualTo(RequestState.OPEN);
        assertThat(late.projection().dueOn()).isEqualTo(LocalDate.of(2025, 6, 4));
        assertThat(page("/console/requests/" + id, "clerk-a")).contains("action-clarified").doesNotContain("action-clarify\"");
    }

    @Test
    void aStaleVersionIsRefusedWithAMessage() throws Exception {
        String id = request(WebTestData.A, LocalDate.of(2025, 6, 2));
        mvc.perform(post("/console/requests/" + id + "/withdraw").with(user("clerk-a")).with(csrf())
                        .param("version", "7").param("on", "2025-06-02"))
                .andExpect(redirectedUrl("/console/requests/" + id))
                .andExpect(r -> assertThat((String) r.getFlashMap().get("refusal")).contains("已被其他人修改"));
    }

    @Test
    void unmaskedApplicantIsShownToTheHandlerAndAudited() throws Exception {
        String id = request(WebTestData.A, LocalDate.of(2025, 6, 2));
        int before = audit.about(id).size();
        assertThat(page("/console/requests/" + id + "/applicant", "clerk-a")).contains("司马光明", "000000198001011234");
        assertThat(audit.about(id)).hasSize(before + 1)
                .last().satisfies(e -> assertThat(e.action()).isEqualTo("APPLICANT_VIEWED"));
    }

    @Test
    void aDraftIsPublishedOnlyByASecondPublisher() throws Exception {
        mvc.perform(post("/console/publications/drafts").with(user("editor-a")).with(csrf())
                        .param("title", "关于印发《测试管理办法》的通知").param("kind", "NORMATIVE_DOCUMENT")
                        .param("documentNumber", "测规〔2025〕1号").param("article20Item", "1").param("issuedOn", "2025-05-20"))
                .andExpect(redirectedUrl("/console/publications"));
        String page = page("/console/publications", "editor-a");
        assertThat(page).contains("本人起草，须由他人审核");
        long draft = publicationRepository.byAgency(WebTestData.A).size();
        PublicationDrafts.Draft d = drafts.pending(WebTestData.A).stream()
                .filter(p -> p.title().equals("关于印发《测试管理办法》的通知")).findFirst().orElseThrow();
        mvc.perform(post("/console/publications/drafts/" + d.id() + "/publish").with(user("editor-a")).with(csrf()))
                .andExpect(r -> assertThat((String) r.getFlashMap().get("refusal")).contains("另一人审核"));
        mvc.perform(post("/console/publications/drafts/" + d.id() + "/publish").with(user("publisher-a")).with(csrf()))
                .andExpect(redirectedUrl("/console/publications"));
        assertThat(publicationRepository.byAgency(WebTestData.A)).hasSize((int) draft + 1)
                .anySatisfy(p -> assertThat(p.kind()).isEqualTo(PublicationKind.NORMATIVE_DOCUMENT));
    }

    @Test
    void emptyDraftNamesTheMissingFields() throws Exception {
        String page = mvc.perform(post("/console/publications/drafts").with(user("editor-a")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写标题。", "请选择类别。", "请选择第二十条所列事项", "请填写成文日期。");
    }

    @Test
    void supervisorSeesItsDescendantAgencies() throws Exception {
        request(WebTestData.B, LocalDate.of(2025, 3, 3));
        String table = page("/console/supervision", "supervisor-a");
        assertThat(table).contains("测试市某局", "scope=\"row\"").doesNotContain(">测试市人民政府办公室</th>");
    }

    @Autowired
    PublicationDrafts drafts;
}
