package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gongkai.request.ClockSettings;
import org.gongkai.server.requests.Registrations;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StatedLetters;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebTest
class PortalTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestService requests;

    static MockHttpServletRequestBuilder application(String key, String description, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("submissionKey", key, "name", "欧阳明远",
                "applicantType", "NATURAL_PERSON", "idType", "RESIDENT_ID", "idNumber", "11010519491231002X",
                "phone", "13800138000", "description", description, "infoForm", "ELECTRONIC", "delivery", "COLLECT"));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder post = post("/agencies/" + WebTestData.A + "/apply").with(csrf());
        fields.forEach(post::param);
        return post;
    }

    private Registrations.Receipt apply(String key, String description) throws Exception {
        MvcResult result = mvc.perform(application(key, description))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/agencies/" + WebTestData.A + "/apply/done"))
                .andReturn();
        return (Registrations.Receipt) result.getFlashMap().get("receipt");
    }

    @Test
    void homeListsAgenciesAndGuideStatesTheTimeLimits() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("测试市某局")));
        mvc.perform(get("/").param("under", "")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("测试市人民政府办公室")));
        mvc.perform(get("/").param("find", "某局")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("找到 1 个行政机关")));
        String guide = mvc.perform(get("/agencies/" + WebTestData.A)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(guide).contains("政府信息公开指南", "20 个工作日内予以答复", "国办函〔2020〕109号", "lang=\"zh-CN\"");
    }

    @Test
    void emptyApplicationNamesEveryMissingField() throws Exception {
        String page = mvc.perform(post("/agencies/" + WebTestData.A + "/apply").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写申请人的姓名或者名称。", "请选择申请人类型。", "请选择身份证明类型。",
                "请填写联系电话", "请描述所需的政府信息，不少于 10 个字。", "请选择信息载体形式。", "请选择获取信息的方式。",
                "aria-invalid=\"true\"");
    }

    @Test
    void wrongIdNumberAndMissingAddressForPostAreExplained() throws Exception {
        String page = mvc.perform(application(UUID.randomUUID().toString(), "申请公开某某项目的批复文件",
                        "idNumber", "12345", "delivery", "POST"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("居民身份证号码应为 18 位：17 位数字加 1 位校验码（数字或 X）。", "选择邮寄获取信息时，请填写通信地址。");
    }

    /** 11010519491231002X is valid (ApplicantChecksTests): the same number ending in 1 has a wrong check digit. */
    @Test
    void anIdNumberWithAWrongCheckDigitOrAFutureBirthIsRefused() throws Exception {
        String wrong = mvc.perform(application(UUID.randomUUID().toString(), "申请公开某某项目的批复文件",
                        "idNumber", "110105194912310021"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("居民身份证号码的校验码（第 18 位）应为 X，填写的是 1，请核对号码（GB 11643）。");
        // 11010520990101001 sums to 142, 142 mod 11 = 10 -> check digit 2: well formed, but born in 2099.
        String future = mvc.perform(application(UUID.randomUUID().toString(), "申请公开某某项目的批复文件",
                        "idNumber", "110105209901010012", "phone", "12345"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("居民身份证号码中的出生日期 2099-01-01 晚于今天（2025-06-02）。",
                "联系电话应为 11 位手机号码（如 13812345678），或带区号的固定电话（如 021-12345678，分机号写在 # 或“转”后），"
                        + "或 400、800 开头的 10 位服务电话。");
    }

    @Test
    void organisationMustGiveItsCreditCode() throws Exception {
        String page = mvc.perform(application(UUID.randomUUID().toString(), "申请公开某某项目的批复文件",
                        "applicantType", "COMMERCIAL_ENTERPRISE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("法人或者其他组织请选择统一社会信用代码。");
    }

    @Test
    void submittingTwiceRegistersOnceAndAnswersWithTheSameNumberAndCode() throws Exception {
        String key = UUID.randomUUID().toString();
        Registrations.Receipt first = apply(key, "申请公开临川大道改造工程的立项批复");
        Registrations.Receipt second = apply(key, "申请公开临川大道改造工程的立项批复");
        assertThat(second).isEqualTo(first);
        assertThat(first.trackingNumber()).startsWith(WebTestData.A + "-2025-");
        assertThat(first.accessCode()).matches("\\d{8}");
        assertThat(requests.get(first.trackingNumber()).request().channel().name()).isEqualTo("ONLINE");
    }

    @Test
    void doneWithoutAReceiptGoesBackToTheForm() throws Exception {
        mvc.perform(get("/agencies/" + WebTestData.A + "/apply/done"))
                .andExpect(redirectedUrl("/agencies/" + WebTestData.A + "/apply"));
    }

    @Test
    void theApplicantDownloadsLettersOnlyWithTheAccessCode() throws Exception {
        Registrations.Receipt r = apply(UUID.randomUUID().toString(), "申请公开某道路改造工程的立项批复");
        String letter = "/track/letters/" + r.trackingNumber() + "-L1.pdf";
        String page = mvc.perform(post("/track").with(csrf()).param("trackingNumber", r.trackingNumber())
                        .param("accessCode", r.accessCode()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("政府信息公开申请登记回执", letter);

        byte[] file = mvc.perform(post(letter).with(csrf()).param("trackingNumber", r.trackingNumber())
                        .param("accessCode", r.accessCode()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(file, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        String wrong = "00000000".equals(r.accessCode()) ? "11111111" : "00000000";
        mvc.perform(post(letter).with(csrf()).param("trackingNumber", r.trackingNumber()).param("accessCode", wrong))
                .andExpect(status().isNotFound());
        mvc.perform(post(letter).with(csrf()).param("trackingNumber", r.trackingNumber()))
                .andExpect(status().isNotFound());
        mvc.perform(get(letter)).andExpect(status().is4xxClientError());
        Registrations.Receipt other = apply(UUID.randomUUID().toString(), "申请公开另一道路改造工程的批复");
        mvc.perform(post(letter).with(csrf()).param("trackingNumber", other.trackingNumber())
                        .param("accessCode", other.accessCode()))
                .andExpect(status().isNotFound());
    }

    @Test
    void statusNeedsTheRightCodeAndShowsAHostileDescriptionAsText() throws Exception {
        Registrations.Receipt r = apply(UUID.randomUUID().toString(), "<script>alert('x')</script>申请公开某文件");
        String wrong = mvc.perform(post("/track").with(csrf()).param("trackingNumber", r.trackingNumber())
                        .param("accessCode", "00000000".equals(r.accessCode()) ? "11111111" : "00000000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("申请编号或查询码不正确").doesNotContain("办理记录");
        String unknown = mvc.perform(post("/track").with(csrf()).param("trackingNumber", "NO-SUCH")
                        .param("accessCode", r.accessCode()))
                .andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("申请编号或查询码不正确");
        String page = mvc.perform(post("/track").with(csrf()).param("trackingNumber", r.trackingNumber())
                        .param("accessCode", r.accessCode()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("办理中", "2025-06-30", "收到申请", "&lt;script&gt;alert(")
                .doesNotContain("<script>alert(");
    }

    @Test
    void statusPageExplainsAClarifiedAndExtendedDueDateInWordsWithoutSettingNames() throws Exception {
        Registrations.Receipt r = apply(UUID.randomUUID().toString(), "申请公开某道路工程的竣工验收文件");
        String id = r.trackingNumber();
        LocalDate today = LocalDate.of(2025, 6, 2);
        requests.requestClarification(Fixtures.HANDLER, StatedLetters.ref(id, 1), today,
                Optional.of(LocalDate.of(2025, 6, 17)));
        requests.recordClarification(Fixtures.REGISTRAR, StatedLetters.ref(id, 2), today);
        requests.extend(Fixtures.APPROVER, StatedLetters.ref(id, 3), today, 15);
        String page = mvc.perform(post("/track").with(csrf()).param("trackingNumber", id).param("accessCode", r.accessCode()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("答复期限为收到申请之日起20个工作日", "答复期限从收到补正后的申请之日起重新计算",
                "经政府信息公开工作机构负责人同意，答复期限延长15个工作日", "答复期限届满日：2025-07-21");
        List<String> settingNames = Arrays.stream(ClockSettings.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertThat(settingNames).isNotEmpty().allSatisfy(name -> assertThat(page).doesNotContain(name));
        String console = mvc.perform(get("/console/requests/" + id).with(user("head-a")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(settingNames).anySatisfy(name -> assertThat(console).contains(name));
    }

    @Test
    void repeatedWrongCodesPauseTheLookUpsOfThatNumber() throws Exception {
        Registrations.Receipt r = apply(UUID.randomUUID().toString(), "申请公开某某项目的验收文件");
        String wrong = "00000000".equals(r.accessCode()) ? "11111111" : "00000000";
        for (int i = 0; i < TrackController.MAX_FAILURES; i++) {
            mvc.perform(post("/track").with(csrf()).param("trackingNumber", r.trackingNumber()).param("accessCode", wrong));
        }
        String page = mvc.perform(post("/track").with(csrf()).param("trackingNumber", r.trackingNumber())
                        .param("accessCode", r.accessCode()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("查询失败次数过多").doesNotContain("办理记录");
    }

    @Test
    void unknownAgencyOrAnotherAgencysPublicationIsNotFound() throws Exception {
        mvc.perform(get("/agencies/NO-SUCH")).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("页面不存在")));
        mvc.perform(get("/agencies/" + WebTestData.A + "/publications/NO-SUCH")).andExpect(status().isNotFound());
        mvc.perform(get("/agencies/" + WebTestData.A + "/reports/2019")).andExpect(status().isNotFound());
        mvc.perform(get("/agencies/" + WebTestData.A + "/catalogue").param("kind", "NOT_A_KIND"))
                .andExpect(status().isNotFound());
    }

    @Test
    void flashReceiptIsNotInTheAddress() throws Exception {
        mvc.perform(application(UUID.randomUUID().toString(), "申请公开某某项目的批复文件"))
                .andExpect(flash().attributeExists("receipt"))
                .andExpect(redirectedUrl("/agencies/" + WebTestData.A + "/apply/done"));
    }
}
