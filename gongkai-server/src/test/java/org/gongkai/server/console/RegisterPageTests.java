package org.gongkai.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.gongkai.letter.LetterKind;
import org.gongkai.request.Channel;
import org.gongkai.server.documents.LetterService;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StoredRequest;
import org.gongkai.server.security.StaffAccounts;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebTest
class RegisterPageTests {

    private static final String PATH = "/console/requests/new";

    @Autowired
    MockMvc mvc;

    @Autowired
    LetterService letters;

    @Autowired
    RequestService requests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts accounts;

    /**
     * A complete registered letter from a person, signed for on 2025-05-20 (today is 2025-06-02), posted by
     * {@code username}, without a CSRF token; {@code changes} are name, value pairs that replace or add fields.
     */
    private static MockHttpServletRequestBuilder form(String username, String clientKey, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("submissionKey", clientKey);
        fields.put("channel", Channel.REGISTERED_MAIL.name());
        fields.put("signedForOn", "2025-05-20");
        fields.put("name", "欧阳明远");
        fields.put("applicantType", "NATURAL_PERSON");
        fields.put("idType", "RESIDENT_ID");
        fields.put("idNumber", "11010519491231002X");
        fields.put("phone", "13800138000");
        fields.put("address", "测试市示例路 8 号");
        fields.put("description", "申请公开测试市某道路改造工程的立项批复文件");
        fields.put("infoForm", "PAPER");
        fields.put("delivery", "POST");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder post = post(PATH).with(user(username));
        fields.forEach(post::param);
        return post;
    }

    private static MockHttpServletRequestBuilder letter(String clientKey, String... changes) {
        return form("registrar-a", clientKey, changes).with(csrf());
    }

    private long requests() {
        return jdbc.sql("select count(*) from disclosure_request").query(Long.class).single();
    }

    private static String trackingNumber(MvcResult result) {
        String url = result.getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/console/requests/" + WebTestData.A + "-2025-");
        return url.substring("/console/requests/".length());
    }

    @Test
    void aLetterIsReceivedOnItsSigningDateAndDueTwentyWorkingDaysLater() throws Exception {
        MvcResult result = mvc.perform(letter(UUID.randomUUID().toString())).andExpect(status().is3xxRedirection())
                .andReturn();
        String id = trackingNumber(result);
        StoredRequest stored = requests.get(id);
        assertThat(stored.request().channel()).isEqualTo(Channel.REGISTERED_MAIL);
        assertThat(stored.request().receivedOn()).isEqualTo(LocalDate.of(2025, 5, 20));
        // 20 working days from the day after 2025-05-20: 21-23 May (3), 26-30 May (8), 2 June is the
        // Dragon Boat holiday, 3-6 June (12), 9-13 June (17), 16-18 June (20).
        assertThat(stored.projection().dueOn()).isEqualTo(LocalDate.of(2025, 6, 18));
        assertThat(stored.subject()).isEqualTo("申请公开测试市某道路改造工程的立项批复文件");
        assertThat(letters.forRequest(id)).extracting(l -> l.letter().type().kind())
                .containsExactly(LetterKind.RECEIPT);
        String accessCode = ((RegisterController.Registered) result.getFlashMap().get("registered")).accessCode();
        assertThat(accessCode).matches("\\d{8}");
        assertThat(String.join("", letters.forRequest(id).get(0).letter().paragraphs()))
                .contains("网上查询码：" + accessCode);
        String page = mvc.perform(get("/console/requests/" + id).with(user("registrar-a"))
                        .flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"registered\"", "已登记申请 " + id, "答复期限为 2025-06-18", "登记回执");
        assertThat(applicantPage(id)).contains("纸质", "居民身份证");
    }

    @Test
    void anOrdinaryLetterConfirmedAfterItArrivedIsRegisteredWithAWarning() throws Exception {
        MvcResult result = mvc.perform(letter(UUID.randomUUID().toString(), "channel", Channel.ORDINARY_MAIL.name(),
                        "signedForOn", "", "submittedOn", "2025-05-19", "confirmedOn", "2025-05-21"))
                .andExpect(status().is3xxRedirection()).andReturn();
        RegisterController.Registered registered = (RegisterController.Registered) result.getFlashMap().get("registered");
        assertThat(registered.receiptWarning()).isEqualTo("与申请人确认之日 2025-05-21 晚于信件到达之日 2025-05-19：条例第三十一条"
                + "第（二）项要求于收到申请的当日与申请人确认，收到申请之日仍以确认之日 2025-05-21 计");
        assertThat(requests.get(registered.trackingNumber()).request().receivedOn()).isEqualTo(LocalDate.of(2025, 5, 21));
        String page = mvc.perform(get("/console/requests/" + registered.trackingNumber()).with(user("registrar-a"))
                        .flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"receipt-warning\"", "请注意：与申请人确认之日 2025-05-21 晚于信件到达之日 2025-05-19");
    }

    private String applicantPage(String id) throws Exception {
        return mvc.perform(get("/console/requests/" + id + "/applicant").with(user("registrar-a")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void eachWrongFieldGetsItsOwnMessageAndNothingIsStored() throws Exception {
        long before = requests();
        String page = mvc.perform(letter(UUID.randomUUID().toString(), "signedForOn", "",
                        "submittedOn", "2025-05-19", "name", " ", "idNumber", "123", "phone", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"signedForOn-error\"", "以需签收的邮寄方式提交的申请须填写此日期",
                "id=\"name-error\"", "请填写申请人的姓名或者名称。",
                "id=\"idNumber-error\"", "居民身份证号码应为 18 位：17 位数字加 1 位校验码（数字或 X）。",
                "id=\"phone-error\"", "联系电话应为 11 位手机号码（如 13812345678）",
                "aria-invalid=\"true\"", "value=\"2025-05-19\"")
                .doesNotContain("id=\"submittedOn-error\"", "id=\"description-error\"");
        String future = mvc.perform(letter(UUID.randomUUID().toString(), "signedForOn", "2025-06-03"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("id=\"signedForOn-error\"", "日期不能晚于今天。");
        String garbled = mvc.perform(letter(UUID.randomUUID().toString(), "signedForOn", "5月20日"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(garbled).contains("id=\"signedForOn-error\"", "请按“年-月-日”填写有效日期");
        String online = mvc.perform(letter(UUID.randomUUID().toString(), "channel", "ONLINE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(online).contains("id=\"channel-error\"", "请选择提交渠道");
        assertThat(requests()).isEqualTo(before);
    }

    @Test
    void eachChannelAsksForTheDateItsRuleNeeds() throws Exception {
        String faxWithoutConfirmation = mvc.perform(letter(UUID.randomUUID().toString(), "channel", "FAX"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(faxWithoutConfirmation).contains("id=\"confirmedOn-error\"", "以传真方式提交的申请须填写此日期")
                .doesNotContain("id=\"signedForOn-error\"");
        String id = trackingNumber(mvc.perform(letter(UUID.randomUUID().toString(), "channel", "ORDINARY_MAIL",
                "confirmedOn", "2025-05-28")).andExpect(status().is3xxRedirection()).andReturn());
        assertThat(requests.get(id).request().receivedOn()).isEqualTo(LocalDate.of(2025, 5, 28));
        String form = mvc.perform(get(PATH).with(user("registrar-a"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("以下渠道须填写：需签收的邮寄。", "name=\"submissionKey\"", "name=\"_csrf\"")
                .doesNotContain("<option value=\"ONLINE\"");
    }

    @Test
    void submittingTheSameFormTwiceRegistersItOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = requests();
        String first = trackingNumber(mvc.perform(letter(key)).andExpect(status().is3xxRedirection()).andReturn());
        String second = trackingNumber(mvc.perform(letter(key)).andExpect(status().is3xxRedirection()).andReturn());
        assertThat(second).isEqualTo(first);
        assertThat(requests()).isEqualTo(before + 1);
        assertThat(letters.forRequest(first)).hasSize(1);
    }

    @Test
    void onlyARegistrarMayOpenOrPostTheForm() throws Exception {
        long before = requests();
        for (String username : new String[] {"handler-a", "head-a", "admin-a"}) {
            mvc.perform(get(PATH).with(user(username))).andExpect(status().isForbidden());
            mvc.perform(form(username, UUID.randomUUID().toString()).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(form("registrar-a", UUID.randomUUID().toString()))
                .andExpect(status().isForbidden());
        assertThat(requests()).isEqualTo(before);
        String handlerInbox = mvc.perform(get("/console").with(user(accounts.loadUserByUsername("handler-a")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(handlerInbox).doesNotContain("href=\"/console/requests/new\"");
        String registrarInbox = mvc.perform(get("/console").with(user(accounts.loadUserByUsername("registrar-a")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(registrarInbox).contains("href=\"/console/requests/new\"");
    }
}
