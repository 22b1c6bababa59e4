package org.gongkai.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** {@code /console/staff} and {@code /console/password}: an administrator's accounts and everyone's own password. */
@WebTest
class StaffConsoleTests {

    private static final String NEW_PASSWORD = "Gongkai-Handler-2026";

    @Autowired
    MockMvc mvc;

    private MockHttpSession login(String username, String password, String expectedRedirect) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl(expectedRedirect));
        return session;
    }

    private Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void anAdministratorAddsAHandlerWhoMustChangeTheOneTimePasswordAndCannotSignInOnceDisabled() throws Exception {
        MockHttpSession admin = login("manager-a", WebTestData.PASSWORD, "/console");
        MvcResult added = mvc.perform(post("/console/staff").session(admin).with(csrf()).param("username", "chen.jing")
                .param("displayName", "陈静").param("role", "HANDLER")).andExpect(redirectedUrl("/console/staff")).andReturn();
        Document list = page(mvc.perform(get("/console/staff").session(admin).flashAttrs(added.getFlashMap())).andReturn());
        assertThat(list.select("#one-time-password p").first().text()).isEqualTo(
                "账户 chen.jing 的一次性密码如下，只显示这一次，请当面或通过可靠渠道交给本人；本人首次登录后须修改。");
        String oneTime = list.select("#one-time-password code").text();
        assertThat(oneTime).hasSize(16);
        assertThat(list.select("#staff-chen\\.jing td").get(0).text()).isEqualTo("陈静");
        assertThat(list.select("#staff-chen\\.jing td").get(2).text()).isEqualTo("待修改一次性密码");

        MockHttpSession handler = login("chen.jing", oneTime, "/console");
        mvc.perform(get("/console").session(handler)).andExpect(redirectedUrl("/console/password"));
        Document form = page(mvc.perform(get("/console/password").session(handler)).andExpect(status().isOk()).andReturn());
        assertThat(form.select("#must-change").text()).isEqualTo("您使用的是一次性密码，请先设置自己的密码，然后才能使用工作台。");
        Document weak = page(mvc.perform(post("/console/password").session(handler).with(csrf()).param("current", oneTime)
                .param("chosen", "handlerpassword2026").param("repeated", "handlerpassword2026")).andReturn());
        assertThat(weak.select("[role=alert] p").last().text())
                .isEqualTo("密码须包含大写字母、小写字母、数字、其他字符这四类中的至少三类。");
        mvc.perform(post("/console/password").session(handler).with(csrf()).param("current", oneTime)
                .param("chosen", NEW_PASSWORD).param("repeated", NEW_PASSWORD)).andExpect(redirectedUrl("/login?changed"));

        login("chen.jing", oneTime, "/login?error");
        MockHttpSession working = login("chen.jing", NEW_PASSWORD, "/console");
        mvc.perform(get("/console").session(working)).andExpect(status().isOk());

        mvc.perform(post("/console/staff/chen.jing/disable").session(admin).with(csrf()))
                .andExpect(redirectedUrl("/console/staff"));
        mvc.perform(get("/console").session(working)).andExpect(redirectedUrl("/login?disabled"));
        login("chen.jing", NEW_PASSWORD, "/login?error");
        mvc.perform(post("/console/staff/chen.jing/enable").session(admin).with(csrf()));
        login("chen.jing", NEW_PASSWORD, "/console");
    }

    @Test
    void rolesChangeAndRefusalsShowTheirReason() throws Exception {
        MockHttpSession admin = login("manager-a", WebTestData.PASSWORD, "/console");
        mvc.perform(post("/console/staff").session(admin).with(csrf()).param("username", "sun.li").param("role", "REGISTRAR"));
        mvc.perform(post("/console/staff/sun.li/roles").session(admin).with(csrf()).param("role", "REGISTRAR")
                .param("role", "PUBLISHER")).andExpect(redirectedUrl("/console/staff"));
        Document list = page(mvc.perform(get("/console/staff").session(admin)).andReturn());
        assertThat(list.select("#staff-sun\\.li input[name=role][checked]").eachAttr("value"))
                .containsExactly("REGISTRAR", "PUBLISHER");

        MvcResult none = mvc.perform(post("/console/staff").session(admin).with(csrf()).param("username", "no.roles"))
                .andReturn();
        assertThat(none.getFlashMap().get("refusal")).isEqualTo("请至少给账户一个角色。");
        MvcResult self = mvc.perform(post("/console/staff/manager-a/disable").session(admin).with(csrf())).andReturn();
        assertThat(self.getFlashMap().get("refusal")).isEqualTo("不能停用自己的账户。");
        MvcResult other = mvc.perform(post("/console/staff/clerk-b/reset").session(admin).with(csrf())).andReturn();
        assertThat(other.getFlashMap().get("refusal")).isEqualTo("机关 " + WebTestData.A + " 没有用户名为“clerk-b”的账户。");
    }

    @Test
    void onlyAdministratorsOpenTheAccountsPage() throws Exception {
        mvc.perform(get("/console/staff").with(user("handler-a").roles("HANDLER"))).andExpect(status().isForbidden());
        mvc.perform(post("/console/staff").with(user("handler-a").roles("HANDLER")).with(csrf())
                .param("username", "sneaky").param("role", "ADMIN")).andExpect(status().isForbidden());
    }
}
