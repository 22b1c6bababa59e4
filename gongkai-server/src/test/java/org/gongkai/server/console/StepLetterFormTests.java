package org.gongkai.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

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

/** The step forms take what each letter must state (第三十条, 第三十六条), refuse the step without it, and the letter prints it. */
@WebTest
class StepLetterFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestService requests;

    @Autowired
    LetterService letters;

    private String request() {
        LocalDate day = LocalDate.of(2025, 6, 2);
        return requests.register(Actor.system("test"), new RequestService.Submission(UUID.randomUUID().toString(),
                WebTestData.A, ApplicantType.NATURAL_PERSON, Channel.IN_PERSON,
                new ReceiptFacts(Optional.of(day), Optional.of(day), Optional.of(day)),
                new Applicant("欧阳明", null, null, null), "申请公开对口支援项目资金的使用情况")).request().request().id();
    }

    @Test
    void aClarificationWithoutTheItemsToCorrectIsRefusedAndWithThemItsLetterListsThem() throws Exception {
        String id = request();
        String page = "/console/requests/" + id;
        assertThat(mvc.perform(get(page).with(user("clerk-a"))).andReturn().getResponse().getContentAsString())
                .contains("name=\"letter[correctionItems]\"", "name=\"letter[informationProvided]\"", "name=\"opinionBy\"");

        mvc.perform(post(page + "/clarify").with(user("clerk-a")).with(csrf()).param("version", "1")
                        .param("on", "2025-06-02").param("respondBy", "2025-06-16").param("letter[correctionItems]", "  "))
                .andExpect(redirectedUrl(page))
                .andExpect(r -> assertThat(r.getFlashMap().get("refusal")).isEqualTo("补正告知书须写明需要补正的事项（第三十条）。"));
        assertThat(requests.get(id).version()).isEqualTo(1);
        assertThat(letters.forRequest(id)).hasSize(1);

        mvc.perform(post(page + "/clarify").with(user("clerk-a")).with(csrf()).param("version", "1")
                        .param("on", "2025-06-02").param("respondBy", "2025-06-16")
                        .param("letter[correctionItems]", "请写明所需资金使用情况的年度和项目名称"))
                .andExpect(redirectedUrl(page));
        assertThat(String.join("", letters.forRequest(id).get(1).letter().paragraphs()))
                .contains("需要补正的事项：请写明所需资金使用情况的年度和项目名称", "请您于2025年6月16日前对申请作出补正");
    }

    @Test
    void notThisAgencysInformationIsAnsweredUnderItemFiveWithTheReasonAndTheResponsibleOrgan() throws Exception {
        String id = request();
        String page = "/console/requests/" + id;

        mvc.perform(post(page + "/close").with(user("clerk-a")).with(csrf()).param("version", "1").param("on", "2025-06-02")
                        .param("outcome", "UNAVAILABLE_NOT_HELD").param("variant", "NOT_RESPONSIBLE"))
                .andExpect(r -> assertThat(r.getFlashMap().get("refusal"))
                        .isEqualTo("答复书（1.本机关不掌握相关政府信息：不属于本机关负责公开）须写明作出该答复的理由。"));
        assertThat(requests.get(id).version()).isEqualTo(1);

        mvc.perform(post(page + "/close").with(user("clerk-a")).with(csrf()).param("version", "1").param("on", "2025-06-02")
                        .param("outcome", "UNAVAILABLE_NOT_HELD").param("variant", "NOT_RESPONSIBLE")
                        .param("letter[reason]", "对口支援项目资金的使用情况不属于我办职责范围")
                        .param("letter[responsibleOrgan]", "上海市财政局，电话021-00000001"))
                .andExpect(redirectedUrl(page));
        var reply = letters.forRequest(id).get(1).letter();
        assertThat(reply.template().type().id()).isEqualTo("reply.UNAVAILABLE_NOT_HELD.NOT_RESPONSIBLE");
        assertThat(String.join("", reply.paragraphs())).contains(
                "不属于本机关负责公开，理由是：对口支援项目资金的使用情况不属于我办职责范围",
                "《中华人民共和国政府信息公开条例》第三十六条第（五）项",
                "负责公开该政府信息的行政机关及其联系方式：上海市财政局，电话021-00000001").doesNotContain("第（四）项");
    }
}
