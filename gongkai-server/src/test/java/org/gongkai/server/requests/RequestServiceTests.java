package org.gongkai.server.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.server.store.Fixtures.APPROVER;
import static org.gongkai.server.store.Fixtures.CLERK;
import static org.gongkai.server.store.Fixtures.HANDLER;
import static org.gongkai.server.store.Fixtures.OTHER_CLERK;
import static org.gongkai.server.store.Fixtures.REGISTRAR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.ConsultationParty;
import org.gongkai.request.Outcome;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.request.RequestEvent;
import org.gongkai.request.RequestState;
import org.gongkai.server.Assembly;
import org.gongkai.server.audit.AuditEntry;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestServiceTests extends DatabaseTests {

    static final Applicant APPLICANT = new Applicant("欧阳明远", "000000199001011234", "10000001234", "测试市示例区样板路 1 号");

    private Assembly services;
    private RequestService requests;

    @BeforeEach
    void setUp() {
        Fixtures.agencies(db);
        services = TestServices.of(db);
        requests = services.requests;
    }

    static RequestService.Submission inPerson(String clientKey, LocalDate on) {
        return new RequestService.Submission(clientKey, Fixtures.AGENCY, ApplicantType.NATURAL_PERSON, Channel.IN_PERSON,
                new ReceiptFacts(Optional.of(on), Optional.empty(), Optional.empty()), APPLICANT, "申请公开某道路改造工程立项批复");
    }

    @Test
    void registrationTakesTheReceiptDateFromTheChannelAndComputesTheDueDate() {
        StoredRequest s = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 3, 3))).request();
        assertThat(s.request().id()).isEqualTo("TEST-A-2025-0001");
        assertThat(s.request().receivedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(s.projection().dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
        StoredRequest stored = requests.get(s.request().id());
        assertThat(stored.projection()).isEqualTo(s.projection());
        assertThat(stored.projection().stateOn(LocalDate.of(2025, 6, 2))).isEqualTo(RequestState.OVERDUE);
    }

    @Test
    void ordinaryMailCannotBeRegisteredBeforeTheApplicantConfirmed() {
        var letter = new RequestService.Submission(null, Fixtures.AGENCY, ApplicantType.NATURAL_PERSON,
                Channel.ORDINARY_MAIL, new ReceiptFacts(Optional.of(LocalDate.of(2025, 5, 6)), Optional.empty(),
                        Optional.empty()), APPLICANT, "x");
        assertThatThrownBy(() -> requests.register(CLERK, letter))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("confirmedOn")
                .hasMessageContaining("第三十一条");
    }

    @Test
    void retryingASubmissionReturnsTheFirstRequest() {
        var first = requests.register(CLERK, inPerson("portal-42", LocalDate.of(2025, 5, 6)));
        var retry = requests.register(CLERK, inPerson("portal-42", LocalDate.of(2025, 5, 6)));
        assertThat(first.created()).isTrue();
        assertThat(retry.created()).isFalse();
        assertThat(retry.request().request().id()).isEqualTo(first.request().request().id());
        assertThat(db.jdbc().sql("select count(*) from disclosure_request").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void everyStepIsRecordedAndAudited() {
        String id = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 3, 3))).request().request().id();
        StoredRequest s = requests.startConsultation(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 3, 10),
                ConsultationParty.THIRD_PARTY);
        assertThat(s.projection().state()).isEqualTo(RequestState.IN_CONSULTATION);
        s = requests.endConsultation(CLERK, StatedLetters.ref(id, 2), LocalDate.of(2025, 3, 14));
        s = requests.extend(APPROVER, StatedLetters.ref(id, 3), LocalDate.of(2025, 3, 20), 10);
        s = requests.notifyFee(CLERK, StatedLetters.ref(id, 4), LocalDate.of(2025, 3, 21), new BigDecimal("200"));
        assertThat(s.projection().state()).isEqualTo(RequestState.AWAITING_PAYMENT);
        s = requests.recordPayment(CLERK, StatedLetters.ref(id, 5), LocalDate.of(2025, 3, 24));
        s = requests.close(CLERK, StatedLetters.ref(id, 6), LocalDate.of(2025, 4, 1), Outcome.PARTIALLY_DISCLOSED);

        StoredRequest stored = requests.get(id);
        assertThat(stored.version()).isEqualTo(7);
        assertThat(stored.request().events()).extracting(e -> e.type()).containsExactly("RECEIVED",
                "CONSULTATION_STARTED", "CONSULTATION_ENDED", "EXTENDED", "FEE_NOTIFIED", "FEE_PAID", "CLOSED");
        assertThat(stored.request().events()).isEqualTo(s.request().events());
        assertThat(stored.projection().state()).isEqualTo(RequestState.CLOSED_ON_TIME);
        assertThat(stored.projection().outcome()).contains(Outcome.PARTIALLY_DISCLOSED);
        assertThat(services.audit.about(id)).extracting(AuditEntry::action).containsExactly("REQUEST_REGISTERED",
                "REQUEST_CONSULTATION_STARTED", "REQUEST_CONSULTATION_ENDED", "REQUEST_EXTENDED",
                "REQUEST_FEE_NOTIFIED", "REQUEST_FEE_PAID", "REQUEST_CLOSED");
        assertThat(services.audit.verify()).isEmpty();
    }

    @Test
    void clarificationWaitsOnTheApplicantAndRestartsThePeriod() {
        String id = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 3, 3))).request().request().id();
        StoredRequest s = requests.requestClarification(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 3, 5),
                Optional.of(LocalDate.of(2025, 3, 20)));
        assertThat(s.projection().state()).isEqualTo(RequestState.WAITING_ON_APPLICANT);
        s = requests.recordClarification(CLERK, StatedLetters.ref(id, 2), LocalDate.of(2025, 3, 10));
        assertThat(s.projection().dueOn()).isEqualTo(LocalDate.of(2025, 4, 8));
    }

    @Test
    void onlyAnApproverMayExtend() {
        String id = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 5, 6))).request().request().id();
        assertThatThrownBy(() -> requests.extend(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 5, 20), 5))
                .isInstanceOf(RefusedException.class).hasMessage("此操作需要审批人权限，当前用户 clerk 没有。");
        assertThat(requests.get(id).version()).isEqualTo(1);
    }

    @Test
    void registrationWorkAndHandlingAreEachRefusedToTheOtherRole() {
        assertThatThrownBy(() -> requests.register(HANDLER, inPerson(null, LocalDate.of(2025, 5, 6))))
                .isInstanceOf(RefusedException.class).hasMessage("此操作需要登记员权限，当前用户 handler 没有。");
        String id = requests.register(REGISTRAR, inPerson(null, LocalDate.of(2025, 5, 6))).request().request().id();
        assertThatThrownBy(() -> requests.requestClarification(REGISTRAR, StatedLetters.ref(id, 1),
                LocalDate.of(2025, 5, 7), Optional.empty())).isInstanceOf(RefusedException.class)
                .hasMessage("此操作需要承办人权限，当前用户 registrar 没有。");
        assertThatThrownBy(() -> requests.close(REGISTRAR, StatedLetters.ref(id, 1), LocalDate.of(2025, 5, 7),
                Outcome.DISCLOSED)).isInstanceOf(RefusedException.class)
                .hasMessage("此操作需要承办人权限，当前用户 registrar 没有。");
        requests.notifyFee(HANDLER, StatedLetters.ref(id, 1), LocalDate.of(2025, 5, 7), new BigDecimal("200"));
        assertThatThrownBy(() -> requests.recordPayment(HANDLER, StatedLetters.ref(id, 2), LocalDate.of(2025, 5, 9)))
                .isInstanceOf(RefusedException.class).hasMessage("此操作需要登记员权限，当前用户 handler 没有。");
        requests.recordPayment(REGISTRAR, StatedLetters.ref(id, 2), LocalDate.of(2025, 5, 9));
        requests.close(HANDLER, StatedLetters.ref(id, 3), LocalDate.of(2025, 5, 20), Outcome.DISCLOSED);
        assertThat(requests.get(id).request().events()).extracting(e -> e.type())
                .containsExactly("RECEIVED", "FEE_NOTIFIED", "FEE_PAID", "CLOSED");
    }

    @Test
    void anApproverWhoNeitherRegistersNorHandlesSeesTheApplicantOnlyMasked() {
        Actor head = new Actor("head-only", Fixtures.AGENCY, Set.of(Role.APPROVER));
        StoredRequest s = requests.register(REGISTRAR, inPerson(null, LocalDate.of(2025, 5, 6))).request();
        assertThatThrownBy(() -> requests.applicant(head, s)).isInstanceOf(RefusedException.class)
                .hasMessage("此操作需要登记员或承办人权限，当前用户 head-only 没有。");
        assertThat(requests.maskedApplicant(head, s))
                .isEqualTo(new Applicant("欧***", "0000**********1234", "100****1234", "测试市示例区*******"));
        assertThat(requests.applicant(HANDLER, s)).isEqualTo(APPLICANT);
    }

    @Test
    void anIllegalHistoryIsRefusedWithTheCoresReason() {
        String id = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 5, 6))).request().request().id();
        assertThatThrownBy(() -> requests.endConsultation(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 5, 7)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("CONSULTATION_ENDED");
        assertThatThrownBy(() -> requests.close(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 5, 1),
                Outcome.DISCLOSED)).isInstanceOf(RefusedException.class);
        assertThat(requests.get(id).request().events()).hasSize(1);
    }

    @Test
    void closesTheHistoryDoesNotSupportAreRefusedWithTheRuleAndNothingIsStored() {
        String id = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 3, 3))).request().request().id();
        assertThatThrownBy(() -> requests.close(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 3, 20),
                Outcome.OTHER_NO_CLARIFICATION)).isInstanceOf(RefusedException.class)
                .hasMessage("申请 TEST-A-2025-0001 的 events[1]（CLOSED，2025-03-20）：不能以表三“（六）其他处理 1.申请人无正当理由逾期不补正、"
                        + "行政机关不再处理其政府信息公开申请”办结（条例第三十条）：此前没有尚未补正的补正告知（CLARIFICATION_REQUESTED），"
                        + "须先告知补正且申请人逾期未补正");
        assertThatThrownBy(() -> requests.close(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 3, 20),
                Outcome.UNAVAILABLE_STILL_UNCLEAR)).isInstanceOf(RefusedException.class)
                .hasMessage("申请 TEST-A-2025-0001 的 events[1]（CLOSED，2025-03-20）：不能以表三“（四）无法提供 3.补正后申请内容仍不明确”办结"
                        + "（条例第三十条）：此前没有收到补正后的申请（CLARIFICATION_RECEIVED），须先告知补正并收到补正");
        // The applicant received the notice of Mon 03-10 on Wed 03-12; 20 working days after it: 03-13, 03-14 = 1, 2;
        // 03-17..21 = 3..7; 03-24..28 = 8..12; 03-31..04-03 = 13..16; 04-04..06 off; 04-07..10 = 17..20 -> 2025-04-10.
        requests.notifyFee(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 3, 10), new BigDecimal("200"),
                Optional.of(LocalDate.of(2025, 3, 12)));
        assertThatThrownBy(() -> requests.close(CLERK, StatedLetters.ref(id, 2), LocalDate.of(2025, 4, 10),
                Outcome.OTHER_FEE_UNPAID)).isInstanceOf(RefusedException.class)
                .hasMessage("申请 TEST-A-2025-0001 的 events[2]（CLOSED，2025-04-10）：不能以表三“（六）其他处理 2.申请人逾期未按收费通知要求"
                        + "缴纳费用、行政机关不再处理其政府信息公开申请”办结（条例第四十二条）：events[1] 的收费通知的缴费期限 2025-04-10 尚未届满，"
                        + "须在缴费期限届满后才能以逾期未缴费办结（feePaymentWorkingDays=20（依据：国办函〔2020〕109号（据四川省实施通知："
                        + "收到收费通知次日起20个工作日内缴费；全国文本未核实），自 2021-01-01 起））");
        StoredRequest stored = requests.get(id);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.request().events()).containsExactly(new RequestEvent.Received(LocalDate.of(2025, 3, 3)),
                new RequestEvent.FeeNotified(LocalDate.of(2025, 3, 10), new BigDecimal("200"), Optional.of(LocalDate.of(2025, 3, 12))));
        assertThat(services.audit.about(id)).extracting(AuditEntry::action)
                .containsExactly("REQUEST_REGISTERED", "REQUEST_FEE_NOTIFIED");
        StoredRequest closed = requests.close(CLERK, StatedLetters.ref(id, 2), LocalDate.of(2025, 4, 11),
                Outcome.OTHER_FEE_UNPAID);
        assertThat(closed.projection().outcome()).contains(Outcome.OTHER_FEE_UNPAID);
    }

    @Test
    void aSecondClarificationIsAcceptedAndALateOneDoesNotStopTheClock() {
        String id = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 3, 3))).request().request().id();
        requests.requestClarification(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 3, 5),
                Optional.of(LocalDate.of(2025, 3, 11)));
        requests.recordClarification(CLERK, StatedLetters.ref(id, 2), LocalDate.of(2025, 3, 12));
        requests.requestClarification(CLERK, StatedLetters.ref(id, 3), LocalDate.of(2025, 3, 14),
                Optional.of(LocalDate.of(2025, 3, 21)));
        // From the last correction, Wed 03-19 (HistoryAmendmentTests): due Thu 2025-04-17.
        assertThat(requests.recordClarification(CLERK, StatedLetters.ref(id, 4), LocalDate.of(2025, 3, 19))
                .projection().dueOn()).isEqualTo(LocalDate.of(2025, 4, 17));
        // A notice on Thu 03-13, after its last day 03-12, leaves the due date Mon 03-31: overdue on 2025-06-02.
        String late = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 3, 3))).request().request().id();
        StoredRequest waiting = requests.requestClarification(CLERK, StatedLetters.ref(late, 1), LocalDate.of(2025, 3, 13),
                Optional.of(LocalDate.of(2025, 3, 27)));
        assertThat(waiting.projection().dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(waiting.projection().stateOn(LocalDate.of(2025, 6, 2))).isEqualTo(RequestState.OVERDUE);
        assertThat(requests.recordClarification(CLERK, StatedLetters.ref(late, 2), LocalDate.of(2025, 4, 2))
                .projection().dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void aDateAfterTodayIsRefused() {
        String id = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 5, 6))).request().request().id();
        assertThatThrownBy(() -> requests.close(CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 6, 3),
                Outcome.DISCLOSED)).isInstanceOf(RefusedException.class)
                .hasMessage("日期 2025-06-03 晚于今天（2025-06-02），不能预先登记。");
    }

    @Test
    void anotherAgencysClerkCannotActOnTheRequest() {
        String id = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 5, 6))).request().request().id();
        assertThatThrownBy(() -> requests.withdraw(OTHER_CLERK, StatedLetters.ref(id, 1), LocalDate.of(2025, 5, 8)))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void personalDataIsEncryptedAtRestAndMaskedInLists() {
        String id = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 5, 6))).request().request().id();
        String row = db.jdbc().sql("select applicant_name || applicant_id_number || applicant_phone || applicant_address"
                + " from disclosure_request where id = ?").param(id).query(String.class).single();
        assertThat(row).doesNotContain("欧阳", "000000199001011234", "10000001234", "样板路");
        assertThat(requests.list(CLERK, Fixtures.AGENCY, 10)).singleElement()
                .extracting(RequestSummary::maskedApplicantName).isEqualTo("欧***");
        assertThat(requests.applicant(CLERK, requests.get(id))).isEqualTo(APPLICANT);
        assertThat(services.audit.about(id).toString()).doesNotContain("欧阳明远");
    }

    @Test
    void aCalendarRevisionRecomputesOpenRequestsAndAuditsEachMove() {
        String open = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 5, 26))).request().request().id();
        String closed = requests.register(CLERK, inPerson(null, LocalDate.of(2025, 5, 26))).request().request().id();
        requests.close(CLERK, StatedLetters.ref(closed, 1), LocalDate.of(2025, 5, 30), Outcome.DISCLOSED);
        assertThat(requests.get(open).projection().dueOn()).isEqualTo(LocalDate.of(2025, 6, 24));

        int moved = services.calendar.addRevision(org.gongkai.server.security.Actor.system("admin"), "测试市临时停工通知",
                LocalDate.of(2025, 6, 3), "date,kind,name\n2025-06-10,off,临时停工\n");

        assertThat(moved).isEqualTo(1);
        assertThat(requests.get(open).projection().dueOn()).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(services.audit.about(open)).extracting(AuditEntry::action).contains("DUE_DATE_RECOMPUTED");
        assertThat(services.audit.about(closed)).extracting(AuditEntry::action).doesNotContain("DUE_DATE_RECOMPUTED");
        assertThat(requests.register(CLERK, inPerson(null, LocalDate.of(2025, 5, 26))).request().projection().dueOn())
                .isEqualTo(LocalDate.of(2025, 6, 25));
    }
}
