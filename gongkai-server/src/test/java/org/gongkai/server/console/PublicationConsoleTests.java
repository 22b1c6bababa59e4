package org.gongkai.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.publication.PublicationKind;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.publications.PublicationDrafts;
import org.gongkai.server.publications.PublicationService;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.InformationGivenRepository;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.security.UserRepository;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The publications console: 第二十六条 deadlines of drafts and 第四十四条 suggestions (today is Monday 2 June 2025). */
@WebTest
class PublicationConsoleTests {

    private static final Pattern ALERTS = Pattern.compile("id=\"draft-alerts\">逾期 (\\d+) 件，即将逾期 (\\d+) 件<");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserRepository users;

    @Autowired
    InformationGivenRepository informationGiven;

    @Autowired
    RequestService requests;

    @Autowired
    PublicationService publications;

    @Autowired
    PublicationDrafts drafts;

    @Autowired
    StaffAccounts staff;

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** Return the page as the account's own roles see it (the menu shows only what they may open). */
    private String pageWithMenu(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(staff.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void draft(String title, String issuedOn) throws Exception {
        mvc.perform(post("/console/publications/drafts").with(user("editor-a")).with(csrf())
                        .param("title", title).param("kind", "OTHER").param("article20Item", "2").param("issuedOn", issuedOn))
                .andExpect(redirectedUrl("/console/publications"));
    }

    /** Return the table row that names {@code text}. */
    private static String row(String html, String text) {
        Matcher m = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(text) + ".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a row naming " + text).isTrue();
        return m.group();
    }

    private static String table(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("table " + id).isPositive();
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static int[] alerts(String html) {
        Matcher m = ALERTS.matcher(html);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
    }

    @Test
    void draftsAreListedWithTheirDueDayLateFirstAndMarkedInWords() throws Exception {
        int[] before = alerts(pageWithMenu("/console/publications", "publisher-a"));
        draft("测试市迟到的草稿", "2025-04-25");
        draft("测试市准时的草稿", "2025-05-30");
        draft("测试市临近期限的草稿", "2025-05-09");
        PublicationForm theirs = new PublicationForm();
        theirs.setTitle("测试市某局的迟到草稿");
        theirs.setKind(PublicationKind.OTHER);
        theirs.setArticle20Item(2);
        theirs.setIssuedOn(LocalDate.of(2025, 4, 1));
        drafts.draft(new Actor("editor-b", WebTestData.B, Set.of(Role.PUBLISHER)), theirs.draft(), List.of());

        String html = pageWithMenu("/console/publications", "publisher-a");
        String deadlines = table(html, "deadlines");
        assertThat(deadlines.indexOf("测试市迟到的草稿")).isLessThan(deadlines.indexOf("测试市临近期限的草稿"));
        assertThat(deadlines.indexOf("测试市临近期限的草稿")).isLessThan(deadlines.indexOf("测试市准时的草稿"));
        // Friday 25 April: make-up working day Sunday 27 April counts, 1–5 May (劳动节) do not: the 20th working day is
        // Tuesday 27 May. After it: 28, 29, 30 May are working days; 31 May – 2 June are the 端午节 holiday.
        assertThat(row(deadlines, "测试市迟到的草稿")).contains("2025-04-25", "2025-05-27", "已超过 3 个工作日", ">已逾期<");
        // Friday 9 May: 20th working day is Monday 9 June; 3, 4, 5, 6 and 9 June are left.
        assertThat(row(deadlines, "测试市临近期限的草稿")).contains("2025-06-09", "还剩 5 个工作日", ">即将逾期<");
        assertThat(row(deadlines, "测试市准时的草稿")).contains("2025-06-30", ">未到期<")
                .doesNotContain("已逾期", "即将逾期");
        assertThat(html).doesNotContain("测试市某局的迟到草稿");

        int[] after = alerts(html);
        assertThat(after[0]).isEqualTo(before[0] + 1);
        assertThat(after[1]).isEqualTo(before[1] + 1);
        assertThat(pageWithMenu("/console", "clerk-a")).as("not a publisher: no count").contains("subnav")
                .doesNotContain("draft-alerts");
    }

    private String request(String agency, Applicant applicant) {
        return requests.register(Actor.system("test"), new RequestService.Submission(UUID.randomUUID().toString(),
                agency, ApplicantType.NATURAL_PERSON, Channel.IN_PERSON,
                new ReceiptFacts(Optional.of(LocalDate.of(2025, 5, 6)), Optional.empty(), Optional.empty()), applicant,
                "申请公开某桥梁维修工程的立项批复")).request().request().id();
    }

    private MockHttpServletRequestBuilder close(String id, String username) {
        return post("/console/requests/" + id + "/close").with(user(username)).with(csrf())
                .param("version", "1").param("on", "2025-05-20")
                .param("letter[informationProvided]", "《测试市某桥梁维修工程立项批复》").param("letter[provisionMethod]", "电子邮件")
                .param("letter[withheldParts]", "批复附件中的个人身份信息，依据第十五条不予公开");
    }

    @Test
    void suggestionsListInformationGivenToSeveralApplicantsUntilItIsPublished() throws Exception {
        Applicant ximen = new Applicant("西门春雪", "000000197001011111", null, null);
        Applicant dongfang = new Applicant("东方晓白", "000000197501012222", null, null);
        String first = request(WebTestData.A, ximen);
        String twice = request(WebTestData.A, ximen);
        String second = request(WebTestData.A, dongfang);
        String theirs = request(WebTestData.B, new Applicant("南宫远", "000000198501013333", null, null));
        mvc.perform(close(first, "clerk-a").param("outcome", "DISCLOSED")
                        .param("given[0].documentNumber", "测建〔2025〕9号").param("given[0].title", "测试市某桥梁维修工程立项批复"))
                .andExpect(redirectedUrl("/console/requests/" + first));
        mvc.perform(close(twice, "clerk-a").param("outcome", "DISCLOSED").param("given[0].documentNumber", "测建〔2025〕9号"));
        String page = page("/console/publications", "publisher-a");
        assertThat(page).doesNotContain("测试市某桥梁维修工程立项批复（测建〔2025〕9号）");

        mvc.perform(close(second, "clerk-a").param("outcome", "PARTIALLY_DISCLOSED")
                .param("given[1].documentNumber", "测建〔2025〕9号"));
        mvc.perform(close(theirs, "clerk-b").param("outcome", "DISCLOSED").param("given[0].documentNumber", "测建〔2025〕9号"));
        String suggestion = row(table(page("/console/publications", "publisher-a"), "suggestion-list"),
                "测试市某桥梁维修工程立项批复（测建〔2025〕9号）");
        assertThat(suggestion).contains("<td>2</td>", "2025-05-20", "/console/requests/" + first,
                "/console/requests/" + twice, "/console/requests/" + second).doesNotContain(theirs);
        assertThat(informationGiven.byRequest(second)).hasSize(1);

        Matcher key = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(suggestion);
        assertThat(key.find()).isTrue();
        Map<String, Object> flash = mvc.perform(get("/console/publications/suggestions/draft").param("key", key.group(1))
                        .with(user("publisher-a")))
                .andExpect(redirectedUrl("/console/publications")).andReturn().getFlashMap();
        PublicationForm prefilled = (PublicationForm) flash.get("publicationForm");
        assertThat(prefilled.getTitle()).isEqualTo("测试市某桥梁维修工程立项批复");
        assertThat(prefilled.getDocumentNumber()).isEqualTo("测建〔2025〕9号");
        String form = mvc.perform(get("/console/publications").with(user("publisher-a")).flashAttrs(flash))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"测试市某桥梁维修工程立项批复\"", "value=\"测建〔2025〕9号\"", "已按第四十四条建议预填");
        mvc.perform(get("/console/publications/suggestions/draft").param("key", "文号:没有这个").with(user("publisher-a")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/publications/suggestions/draft").param("key", key.group(1)).with(user("clerk-a")))
                .andExpect(status().isForbidden());

        publications.publish(users.actor("publisher-a").orElseThrow(), new PublicationService.NewPublication(
                WebTestData.A, PublicationKind.OTHER, "测试市某桥梁维修工程立项批复", Optional.of("测建〔2025〕9号"), 10,
                LocalDate.of(2025, 5, 8), LocalDate.of(2025, 6, 2), Optional.empty(), null));
        assertThat(page("/console/publications", "publisher-a")).doesNotContain("测试市某桥梁维修工程立项批复（测建〔2025〕9号）");
    }

    @Test
    void theCloseFormAsksForTheInformationGivenAndRefusesItForAReplyThatGivesNone() throws Exception {
        String id = request(WebTestData.A, new Applicant("上官清", "000000199501014444", null, null));
        assertThat(page("/console/requests/" + id, "clerk-a"))
                .contains("name=\"given[0].documentNumber\"", "name=\"given[2].title\"", "for=\"close-given-1-title\"");
        mvc.perform(close(id, "clerk-a").param("outcome", "WITHHELD_STATE_SECRET").param("given[0].title", "某涉密文件"))
                .andExpect(r -> assertThat((String) r.getFlashMap().get("refusal")).contains("予以公开"));
        assertThat(requests.get(id).version()).isEqualTo(1);
        assertThat(informationGiven.byRequest(id)).isEmpty();
    }
}
