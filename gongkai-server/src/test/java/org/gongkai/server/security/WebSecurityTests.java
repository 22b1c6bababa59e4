package org.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebTest
class WebSecurityTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageSendsTheProtectiveHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/agencies/" + WebTestData.A + "/apply").param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/track").param("trackingNumber", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "clerk-a").param("password", WebTestData.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyPostFormInTheTemplatesCarriesTheToken() throws Exception {
        Pattern form = Pattern.compile("<form[^>]*method=\"post\"[^>]*>");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                form.matcher(Files.readString(file)).results().forEach(m -> assertThat(m.group())
                        .as(file + " renders its action with th:action, which adds the CSRF token")
                        .contains("th:action"));
            }
        }
        String page = mvc.perform(get("/agencies/" + WebTestData.A + "/apply")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"_csrf\"");
    }

    @Test
    void loginChangesTheSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", "head-a").param("password", WebTestData.PASSWORD))
                .andExpect(redirectedUrl("/console")).andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", "clerk-b").param("password", "wrong" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", "clerk-b").param("password", WebTestData.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        String page = mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("登录失败次数过多");
    }

    @Test
    void errorsShowNoExceptionText() throws Exception {
        String page = mvc.perform(get("/console/requests/NO-SUCH-1").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("clerk-a")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Exception", "NO-SUCH-1", "没有编号为");
    }

    @Test
    void templatesHardCodeNoChineseText() throws Exception {
        Pattern cjk = Pattern.compile("\\p{IsHan}");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> offenders = files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> {
                        try {
                            return cjk.matcher(Files.readString(f)).find();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            assertThat(offenders).as("wording belongs in messages.properties").isEmpty();
        }
    }
}
