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
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's settings page, on a database of its own: a change here moves due dates of agency A. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:settingsconsole;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "gongkai.demo.enabled=false",
    "gongkai.search.index-directory=target/index/${random.uuid}",
    "gongkai.encryption.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
@AutoConfigureMockMvc
@Import(WebTestData.class)
class ClockSettingsConsoleTests {

    private static final RequestPostProcessor ADMIN = signedIn("admin-a", "ADMIN", "APPROVER");

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestService requests;

    /** The signed-in user as the login gives it: the account's roles as authorities (the menu shows by them). */
    private static RequestPostProcessor signedIn(String username, String... roles) {
        return user(username).roles(roles);
    }

    private String page(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private MvcResult change(String name, String value, String from) throws Exception {
        return mvc.perform(post("/console/settings").with(ADMIN).with(csrf())
                        .param("name", name).param("value", value).param("from", from))
                .andExpect(redirectedUrl("/console/settings")).andReturn();
    }

    private String after(MvcResult change) throws Exception {
        return mvc.perform(get("/console/settings").with(ADMIN).flashAttrs(change.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anAdministratorSeesEverySettingAndAChangeSaysHowManyDueDatesMoved() throws Exception {
        // Received Mon 2025-05-26: due Tue 06-24; counting the receipt day, Mon 06-23 (ClockSettingsServiceTests).
        String id = requests.register(Actor.system("test"), new RequestService.Submission(null, WebTestData.A,
                ApplicantType.NATURAL_PERSON, Channel.IN_PERSON,
                new ReceiptFacts(Optional.of(LocalDate.of(2025, 5, 26)), Optional.empty(), Optional.empty()),
                new Applicant("司马光明", "000000198001011234", "10012345678", "测试市示例路1号"), "某项目立项批复"))
                .request().request().id();

        String before = page("/console/settings", ADMIN);
        assertThat(before).contains("replyWorkingDays", "extensionMaxWorkingDays", "clarificationNoticeWorkingDays",
                "consultationReplyWorkingDays", "feePaymentWorkingDays", "receiptDayCounts", "feeTimeExcluded",
                "emailReceivedOnArrival", "第三十三条第二款", "class=\"flag unconfirmed\"", "本机关尚未作出选择",
                "<label for=\"value-receiptDayCounts\"", "<label for=\"from-receiptDayCounts\"", "name=\"_csrf\"",
                "aria-current=\"page\"");
        assertThat(before).doesNotContain("id=\"change-replyWorkingDays\"");

        String shown = after(change("receiptDayCounts", "true", "2025-01-01"));

        assertThat(shown).contains("本机关办理中的申请有 1 件的答复期限随之改变",
                "本机关设置", "2025-01-01", "admin-a");
        assertThat(requests.get(id).projection().dueOn()).isEqualTo(LocalDate.of(2025, 6, 23));
    }

    @Test
    void aBadValueIsRefusedOnThePage() throws Exception {
        String shown = after(change("feePaymentWorkingDays", "二十", "2025-01-01"));
        assertThat(shown).contains("role=\"alert\"", "应为正整数（工作日数）").doesNotContain("随之改变");
    }

    @Test
    void onlyAdministratorsGetTheLinkAndThePage() throws Exception {
        assertThat(page("/console", signedIn("clerk-a", "REGISTRAR", "HANDLER"))).doesNotContain("/console/settings");
        assertThat(page("/console", ADMIN)).contains("href=\"/console/settings\"");
        mvc.perform(get("/console/settings").with(user("clerk-a"))).andExpect(status().isForbidden());
        mvc.perform(post("/console/settings").with(user("clerk-a")).with(csrf())
                .param("name", "receiptDayCounts").param("value", "true").param("from", "2025-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/settings").with(ADMIN)
                .param("name", "receiptDayCounts").param("value", "true").param("from", "2025-01-01"))
                .andExpect(status().isForbidden());
    }
}
