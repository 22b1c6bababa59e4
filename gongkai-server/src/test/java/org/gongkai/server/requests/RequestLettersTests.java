package org.gongkai.server.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.server.store.Fixtures.APPROVER;
import static org.gongkai.server.store.Fixtures.CLERK;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.letter.IssuedLetter;
import org.gongkai.letter.LetterKind;
import org.gongkai.letter.Remedies;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.Outcome;
import org.gongkai.server.Assembly;
import org.gongkai.server.agencies.AgencyProfile;
import org.gongkai.server.documents.DocumentFormat;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestLettersTests extends DatabaseTests {

    private Assembly services;
    private RequestService requests;

    @BeforeEach
    void setUp() {
        Fixtures.agencies(db);
        services = TestServices.of(db);
        requests = services.requests;
    }

    @Test
    void eachStepThatObligesTheAgencyToWriteIssuesItsLetter() {
        String id = requests.register(CLERK, RequestServiceTests.inPerson(null, LocalDate.of(2025, 3, 3)))
                .request().request().id();
        requests.requestClarification(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 3, 4),
                Optional.of(LocalDate.of(2025, 3, 19)));
        requests.recordClarification(CLERK, StatedLetters.ref(id, 2), LocalDate.of(2025, 3, 6));
        requests.startConsultation(CLERK, StatedLetters.ref(id, 3), LocalDate.of(2025, 3, 10),
                ConsultationParty.THIRD_PARTY);
        requests.endConsultation(CLERK, StatedLetters.ref(id, 4), LocalDate.of(2025, 3, 14));
        requests.extend(APPROVER, StatedLetters.ref(id, 5), LocalDate.of(2025, 3, 20), 10);
        requests.notifyFee(CLERK, StatedLetters.ref(id, 6), LocalDate.of(2025, 3, 21), new BigDecimal("200"));
        requests.recordPayment(CLERK, StatedLetters.ref(id, 7), LocalDate.of(2025, 3, 24));
        requests.close(CLERK, StatedLetters.ref(id, 8), LocalDate.of(2025, 4, 1), Outcome.PARTIALLY_DISCLOSED);

        assertThat(services.letters.forRequest(id)).extracting(l -> l.letter().type().kind()).containsExactly(
                LetterKind.RECEIPT, LetterKind.CLARIFICATION, LetterKind.CONSULTATION_THIRD_PARTY,
                LetterKind.EXTENSION, LetterKind.FEE_NOTICE, LetterKind.REPLY);
        assertThat(services.letters.forRequest(id)).extracting(IssuedLetter::eventIndex)
                .containsExactly(0, 1, 3, 5, 6, 8);
        assertThat(services.letters.forApplicant(id)).extracting(l -> l.letter().type().kind())
                .doesNotContain(LetterKind.CONSULTATION_THIRD_PARTY).hasSize(5);
        IssuedLetter receipt = services.letters.forRequest(id).get(0);
        assertThat(receipt.letter().salutation()).contains(RequestServiceTests.APPLICANT.name());
        assertThat(receipt.letter().issuedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(new String(services.letters.download(receipt.id(), DocumentFormat.PDF).orElseThrow(), 0, 4,
                StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void aWithdrawalIsAnsweredByItsLetter() {
        String id = requests.register(CLERK, RequestServiceTests.inPerson(null, LocalDate.of(2025, 3, 3)))
                .request().request().id();
        requests.withdraw(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 3, 5));

        assertThat(services.letters.forApplicant(id)).extracting(l -> l.letter().type().kind())
                .containsExactly(LetterKind.RECEIPT, LetterKind.WITHDRAWAL);
    }

    @Test
    void aStepWhoseLetterLacksAFactIsRefusedAndNothingIsRecorded() {
        String id = requests.register(CLERK, RequestServiceTests.inPerson(null, LocalDate.of(2025, 3, 3)))
                .request().request().id();

        assertThatThrownBy(() -> requests.requestClarification(CLERK, StatedLetters.ref(id, 1),
                LocalDate.of(2025, 3, 4), Optional.empty())).isInstanceOf(RefusedException.class)
                .hasMessageContaining("补正期限");
        assertThat(requests.get(id).version()).isEqualTo(1);
        assertThat(services.letters.forRequest(id)).hasSize(1);
    }

    private String closedReplyText() throws Exception {
        String id = requests.register(CLERK, RequestServiceTests.inPerson(null, LocalDate.of(2025, 3, 3)))
                .request().request().id();
        requests.close(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 3, 20), Outcome.UNAVAILABLE_NOT_HELD);
        return pdfText(services.letters.forRequest(id).get(1));
    }

    private String pdfText(IssuedLetter letter) throws Exception {
        try (PDDocument doc = Loader.loadPDF(services.letters.download(letter.id(), DocumentFormat.PDF).orElseThrow())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void theLetterheadContactReviewBodyAndCourtComeFromTheAgencysProfile() throws Exception {
        services.agencyProfiles.save(Fixtures.AGENCY, new AgencyProfile("测试市人民政府办公室政府信息公开科",
                "测试市示例路8号", "100001", "010-12345678", "gk@example.cn", "工作日", Optional.of("测试市人民政府"),
                Optional.of("测试市铁路运输法院")));

        assertThat(closedReplyText()).contains(
                "联系方式：测试市人民政府办公室政府信息公开科，地址：测试市示例路8号，邮政编码：100001，电话：010-12345678，"
                        + "电子邮箱：gk@example.cn。",
                "自知道本答复之日起60日内向测试市人民政府申请行政复议",
                "自知道本答复之日起6个月内依法向测试市铁路运输法院提起行政诉讼")
                .doesNotContain(Remedies.GENERIC_REVIEW_BODY);
    }

    @Test
    void withoutAProfileOrWithoutNamedBodiesTheLettersUseTheGenericWording() throws Exception {
        assertThat(closedReplyText()).contains("联系方式：" + AgencyProfile.NO_CONTACT,
                "60日内向依法有权受理的行政复议机关申请行政复议", "6个月内依法向人民法院提起行政诉讼");

        services.agencyProfiles.save(Fixtures.AGENCY, new AgencyProfile("公开科", "示例路8号", "100001", "010-1",
                "gk@example.cn", "工作日", Optional.empty(), Optional.empty()));
        assertThat(closedReplyText()).contains("联系方式：公开科，地址：示例路8号",
                "60日内向依法有权受理的行政复议机关申请行政复议", "6个月内依法向人民法院提起行政诉讼");
    }

    @Test
    void aConsultationLetterIsAddressedToTheNamedPartyKeptEncryptedAndListedMasked() throws Exception {
        String id = requests.register(CLERK, RequestServiceTests.inPerson(null, LocalDate.of(2025, 3, 3)))
                .request().request().id();
        requests.startConsultation(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 3, 5),
                ConsultationParty.THIRD_PARTY, Optional.of(" 司马某某 "));
        requests.endConsultation(CLERK, StatedLetters.ref(id, 2), LocalDate.of(2025, 3, 10));
        requests.startConsultation(CLERK, StatedLetters.ref(id, 3), LocalDate.of(2025, 3, 11),
                ConsultationParty.AGENCY, Optional.of("测试市规划局"));
        requests.endConsultation(CLERK, StatedLetters.ref(id, 4), LocalDate.of(2025, 3, 12));
        requests.startConsultation(CLERK, StatedLetters.ref(id, 5), LocalDate.of(2025, 3, 13),
                ConsultationParty.THIRD_PARTY);

        List<IssuedLetter> letters = services.letters.forRequest(id);
        assertThat(letters).extracting(l -> l.letter().salutation())
                .containsExactly(RequestServiceTests.APPLICANT.name() + "：", "司马某某：", "测试市规划局：", "第三方：");
        assertThat(pdfText(letters.get(1))).contains("政府信息公开征求第三方意见函", "司马某某：");
        assertThat(db.jdbc().sql("select name from consultation_party").query(String.class).list())
                .hasSize(2).noneMatch(stored -> stored.contains("司马") || stored.contains("规划局"));
        assertThat(services.consultedParties.listed(requests.get(id).request())).containsExactly(
                new ConsultedParties.Listed(LocalDate.of(2025, 3, 5), ConsultationParty.THIRD_PARTY, "司***"),
                new ConsultedParties.Listed(LocalDate.of(2025, 3, 11), ConsultationParty.AGENCY, "测试市规划局"));
    }

    @Test
    void aConsultedNameLongerThanALetterCanCarryIsRefused() {
        String id = requests.register(CLERK, RequestServiceTests.inPerson(null, LocalDate.of(2025, 3, 3)))
                .request().request().id();

        assertThatThrownBy(() -> requests.startConsultation(CLERK, StatedLetters.ref(id, 1),
                LocalDate.of(2025, 3, 5), ConsultationParty.THIRD_PARTY, Optional.of("某".repeat(201))))
                .isInstanceOf(RefusedException.class).hasMessage("征求意见对象的名称不能超过 200 个字。");
        assertThat(requests.get(id).version()).isEqualTo(1);
    }
}
