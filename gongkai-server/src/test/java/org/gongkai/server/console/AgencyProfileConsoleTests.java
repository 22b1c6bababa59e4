package org.gongkai.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.Outcome;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.agencies.AgencyProfile;
import org.gongkai.server.agencies.AgencyProfileRepository;
import org.gongkai.server.agencies.AgencyProfileService;
import org.gongkai.server.audit.AuditEntry;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.documents.LetterService;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StatedLetters;
import org.gongkai.server.security.Actor;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's agency profile page, on a database of its own where each test starts without a profile. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:agencyconsole;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "gongkai.demo.enabled=false",
    "gongkai.search.index-directory=target/index/${random.uuid}",
    "gongkai.encryption.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
@AutoConfigureMockMvc
@Import(WebTestData.class)
class AgencyProfileConsoleTests {

    private static final RequestPostProcessor ADMIN = user("admin-a").roles("ADMIN", "APPROVER");
    private static final Map<String, String> VALID = Map.of("name", "测试市人民政府办公室",
            "office", "测试市人民政府办公室政府信息公开科",
            "address", "测试市新华路100号", "postcode", "100001", "phone", "010-66668888转2", "email", "",
            "officeHours", "工作日 上午8:30—11:30", "reviewBody", "测试市人民政府", "court", "测试市铁路运输法院");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    AgencyProfileRepository agencyProfiles;

    @Autowired
    AgencyProfileService agencyProfileService;

    @Autowired
    LetterService letters;

    @Autowired
    RequestService requests;

    @Autowired
    JdbcClient jdbc;

    private int audited;

    @BeforeEach
    void startWithoutAProfile() {
        jdbc.sql("delete from agency_profile").update();
        audited = audit.about(WebTestData.A).size();
    }

    private List<AuditEntry> newlyAudited() {
        List<AuditEntry> all = audit.about(WebTestData.A);
        return all.subList(audited, all.size());
    }

    private String page(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder save(Map<String, String> values, String readVersion) {
        MockHttpServletRequestBuilder post = post("/console/agency").with(ADMIN).with(csrf()).param("readVersion", readVersion);
        values.forEach(post::param);
        return post;
    }

    private String readVersion() {
        return agencyProfileService.current(WebTestData.A).version();
    }

    private String replyText() {
        String id = requests.register(Actor.system("test"), new RequestService.Submission(null, WebTestData.A,
                ApplicantType.NATURAL_PERSON, Channel.IN_PERSON, new ReceiptFacts(Optional.of(LocalDate.of(2025, 5, 26)),
                        Optional.empty(), Optional.empty()), new Applicant("欧阳明远", null, null, null), "某项目立项批复"))
                .request().request().id();
        requests.close(Actor.system("test"), StatedLetters.ref(id, 1), LocalDate.of(2025, 5, 30),
                Outcome.UNAVAILABLE_NOT_HELD);
        return String.join("\n", letters.forRequest(id).get(1).letter().paragraphs());
    }

    @Test
    void anAdministratorSavesTheProfileAndTheGuideAndTheNextLetterShowIt() throws Exception {
        String before = page("/console/agency", ADMIN);
        assertThat(before).contains("本机关尚未填写机构信息", "联系方式", AgencyProfile.NO_CONTACT, "name=\"_csrf\"",
                "<label for=\"name\"", "value=\"测试市人民政府办公室\"", "<label for=\"officeHours\"", "<label for=\"reviewBody\"", "type=\"tel\"", "aria-current=\"page\"",
                "name=\"readVersion\" value=\"" + readVersion() + "\"");
        assertThat(page("/agencies/" + WebTestData.A, user("anyone"))).contains("尚未设置");

        MvcResult saved = mvc.perform(save(VALID, readVersion())).andExpect(redirectedUrl("/console/agency")).andReturn();

        String after = mvc.perform(get("/console/agency").with(ADMIN).flashAttrs(saved.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("机构信息已保存", "测试市新华路100号",
                "测试市人民政府办公室政府信息公开科，地址：测试市新华路100号，邮政编码：100001，电话：010-66668888转2<");
        assertThat(page("/agencies/" + WebTestData.A, user("anyone"))).contains("测试市人民政府办公室政府信息公开科",
                "测试市新华路100号", "010-66668888转2", "工作日 上午8:30—11:30",
                "自知道之日起60日内向测试市人民政府申请行政复议，或者自知道之日起6个月内依法向测试市铁路运输法院提起行政诉讼");
        assertThat(replyText()).contains("联系方式：测试市人民政府办公室政府信息公开科，地址：测试市新华路100号，邮政编码：100001，"
                + "电话：010-66668888转2。", "60日内向测试市人民政府申请行政复议", "6个月内依法向测试市铁路运输法院提起行政诉讼");
        assertThat(newlyAudited()).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("admin-a"))
                .satisfies(e -> assertThat(e.action()).isEqualTo("AGENCY_PROFILE_CHANGED"));
    }

    @Test
    void badInputShowsAMessageAtEachItemAndStoresNothing() throws Exception {
        Map<String, String> bad = new HashMap<>(VALID);
        bad.put("address", "");
        bad.put("phone", "请来电");
        bad.put("postcode", "1000");

        String shown = mvc.perform(save(bad, readVersion())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(shown).contains("提交的内容有 3 处需要修改", "id=\"address-error\"", "请填写办公地址。",
                "id=\"phone-error\"", "联系电话应为电话号码", "id=\"postcode-error\"", "邮政编码应为 6 位数字",
                "aria-invalid=\"true\"", "value=\"请来电\"", "value=\"测试市人民政府办公室政府信息公开科\"");
        assertThat(agencyProfiles.find(WebTestData.A)).isEmpty();
        assertThat(newlyAudited()).isEmpty();
    }

    @Test
    void aFormOpenedBeforeSomeoneElseSavedGetsAConflictAndOverwritesNothing() throws Exception {
        String opened = readVersion();
        mvc.perform(save(VALID, opened)).andExpect(redirectedUrl("/console/agency"));
        Map<String, String> mine = new HashMap<>(VALID);
        mine.put("address", "测试市另一条路1号");

        String shown = mvc.perform(save(mine, opened)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(shown).contains("id=\"profile-conflict\"", "其他人保存了新的机构信息，您的修改没有保存",
                "value=\"测试市另一条路1号\"", "name=\"readVersion\" value=\"" + readVersion() + "\"");
        assertThat(agencyProfiles.find(WebTestData.A).orElseThrow().address()).isEqualTo("测试市新华路100号");
        assertThat(newlyAudited()).hasSize(1);
    }

    @Test
    void onlyAdministratorsGetTheLinkAndThePage() throws Exception {
        assertThat(page("/console", user("clerk-a").roles("REGISTRAR", "HANDLER"))).doesNotContain("/console/agency");
        assertThat(page("/console/settings", ADMIN)).contains("href=\"/console/agency\"");
        mvc.perform(get("/console/agency").with(user("clerk-a"))).andExpect(status().isForbidden());
        mvc.perform(get("/console/agency").with(user("supervisor-a"))).andExpect(status().isForbidden());
        MockHttpServletRequestBuilder byClerk = post("/console/agency").with(user("clerk-a")).with(csrf())
                .param("readVersion", readVersion());
        VALID.forEach(byClerk::param);
        mvc.perform(byClerk).andExpect(status().isForbidden());
        MockHttpServletRequestBuilder withoutCsrf = post("/console/agency").with(ADMIN).param("readVersion", readVersion());
        VALID.forEach(withoutCsrf::param);
        mvc.perform(withoutCsrf).andExpect(status().isForbidden());
        assertThat(agencyProfiles.find(WebTestData.A)).isEmpty();
    }
}
