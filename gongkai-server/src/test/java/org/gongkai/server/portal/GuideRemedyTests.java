package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import org.gongkai.server.agencies.AgencyProfile;
import org.gongkai.server.agencies.AgencyProfileRepository;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The guide's remedies name the agency's review body and court, as its letters do. Only agency B gets a profile. */
@WebTest
class GuideRemedyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyProfileRepository agencyProfiles;

    private String guide(String agency) throws Exception {
        return mvc.perform(get("/agencies/" + agency)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theGuideNamesTheAgencysReviewBodyAndCourtOrElseTheGenericWording() throws Exception {
        agencyProfiles.save(WebTestData.B, new AgencyProfile("测试市某局办公室", "测试市示例路9号", "100002",
                "010-7654321", "b@example.cn", "工作日", Optional.of("测试市人民政府"), Optional.of("测试市示例区人民法院")));

        assertThat(guide(WebTestData.B)).contains("测试市某局办公室", "测试市示例路9号",
                "自知道之日起60日内向测试市人民政府申请行政复议，或者自知道之日起6个月内依法向测试市示例区人民法院提起行政诉讼");
        assertThat(guide(WebTestData.A)).contains(
                "自知道之日起60日内向依法有权受理的行政复议机关申请行政复议，或者自知道之日起6个月内依法向人民法院提起行政诉讼");
    }
}
