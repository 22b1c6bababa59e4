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
import java.util.UUID;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.documents.LetterService;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.security.Actor;
import org.gongkai.server.web.WebTest;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class ConsultationPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LetterService letters;

    @Autowired
    RequestService requests;

    @Test
    void theConsultFormTakesThePartysNameAddressesTheLetterToItAndListsItMasked() throws Exception {
        LocalDate day = LocalDate.of(2025, 6, 2);
        String id = requests.register(Actor.system("test"), new RequestService.Submission(
                UUID.randomUUID().toString(), WebTestData.A, ApplicantType.NATURAL_PERSON, Channel.IN_PERSON,
                new ReceiptFacts(Optional.of(day), Optional.of(day), Optional.of(day)),
                new Applicant("司马光明", null, null, null), "申请公开某项目的环评报告")).request().request().id();
        String page = "/console/requests/" + id;
        assertThat(mvc.perform(get(page).with(user("clerk-a"))).andReturn().getResponse().getContentAsString())
                .contains("name=\"partyName\"");

        mvc.perform(post(page + "/consult").with(user("clerk-a")).with(csrf()).param("version", "1")
                .param("letter[consultedInformation]", "合同报价明细").param("opinionBy", "2025-06-20")
                .param("on", "2025-06-02").param("party", "THIRD_PARTY").param("partyName", "诸葛某某"))
                .andExpect(redirectedUrl(page));

        assertThat(letters.forRequest(id).get(1).letter().salutation()).isEqualTo("诸葛某某：");
        assertThat(mvc.perform(get(page).with(user("clerk-a"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("2025-06-02 第三方：诸***").doesNotContain("诸葛某某");
    }
}
