package org.gongkai.server.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.server.store.Fixtures.AGENCY;
import static org.gongkai.server.store.Fixtures.CLERK;
import static org.gongkai.server.store.Fixtures.OTHER_AGENCY;
import static org.gongkai.server.store.Fixtures.OTHER_CLERK;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.gongkai.request.ApplicantType;
import org.gongkai.request.Channel;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.Outcome;
import org.gongkai.request.ReceiptFacts;
import org.gongkai.server.Assembly;
import org.gongkai.server.audit.AuditEntry;
import org.gongkai.server.requests.Applicant;
import org.gongkai.server.requests.RequestService;
import org.gongkai.server.requests.StatedLetters;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.Fixtures;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changing an agency's clock settings. Hand count (today is Mon 2025-06-02, a Dragon Boat holiday): received
 * Mon 2025-05-26, start day not counted: 05-27..30 = 1..4; 05-31..06-02 off; 06-03..06 = 5..8; 06-09..13 = 9..13;
 * 06-16..20 = 14..18; 06-23, 06-24 = 19, 20 -> Tue 2025-06-24. With receiptDayCounts 05-26 is day 1, so 06-23 is
 * day 20 -> Mon 2025-06-23: exactly one working day earlier.
 */
class ClockSettingsServiceTests extends DatabaseTests {

    private static final Actor ADMIN = new Actor("admin", AGENCY, Set.of(Role.ADMIN));
    private static final Actor OTHER_ADMIN = new Actor("other-admin", OTHER_AGENCY, Set.of(Role.ADMIN));
    private static final Actor OTHER_STAFF = new Actor("other", OTHER_AGENCY, Set.of(Role.REGISTRAR, Role.HANDLER));
    private static final LocalDate MAY_26 = LocalDate.of(2025, 5, 26);

    private Assembly services;

    @BeforeEach
    void setUp() {
        Fixtures.agencies(db);
        services = TestServices.of(db);
    }

    private String register(String agency, Actor clerk, LocalDate on) {
        return services.requests.register(clerk, new RequestService.Submission(null, agency, ApplicantType.NATURAL_PERSON,
                Channel.IN_PERSON, new ReceiptFacts(Optional.of(on), Optional.empty(), Optional.empty()),
                new Applicant("欧阳明远", "000000199001011234", "10000001234", "测试市示例区样板路 1 号"), "某项目立项批复"))
                .request().request().id();
    }

    private LocalDate dueOn(String id) {
        return services.requests.get(id).projection().dueOn();
    }

    private int storedChoices() {
        return db.jdbc().sql("select count(*) from clock_setting").query(Integer.class).single();
    }

    @Test
    void countingTheReceiptDayMovesOnlyTheAgencysOpenRequestsByOneWorkingDayAndAuditsEach() {
        String open = register(AGENCY, CLERK, MAY_26);
        String closed = register(AGENCY, CLERK, MAY_26);
        services.requests.close(CLERK, StatedLetters.ref(closed, 1), LocalDate.of(2025, 5, 30), Outcome.DISCLOSED);
        String elsewhere = register(OTHER_AGENCY, OTHER_STAFF, MAY_26);
        assertThat(dueOn(open)).isEqualTo(LocalDate.of(2025, 6, 24));
        LocalDate closedDue = dueOn(closed);

        int moved = services.clockSettings.change(ADMIN, AGENCY, "receiptDayCounts", "true", "2025-01-01");

        assertThat(moved).isEqualTo(1);
        assertThat(dueOn(open)).isEqualTo(LocalDate.of(2025, 6, 23));
        assertThat(services.audit.about(open)).extracting(AuditEntry::detail)
                .contains("本机关设置 receiptDayCounts 变更后答复期限由 2025-06-24 改为 2025-06-23");
        assertThat(services.audit.about(AGENCY)).extracting(AuditEntry::action).contains("CLOCK_SETTING_CHANGED");
        assertThat(dueOn(closed)).isEqualTo(closedDue);
        assertThat(services.audit.about(closed)).extracting(AuditEntry::action).doesNotContain("DUE_DATE_RECOMPUTED");
        assertThat(dueOn(elsewhere)).isEqualTo(LocalDate.of(2025, 6, 24));
        assertThat(services.audit.about(elsewhere)).extracting(AuditEntry::action).doesNotContain("DUE_DATE_RECOMPUTED");
        // The cached clocks follow at once: a new registration counts with the choice, the other agency without.
        assertThat(dueOn(register(AGENCY, CLERK, MAY_26))).isEqualTo(LocalDate.of(2025, 6, 23));
        assertThat(dueOn(register(OTHER_AGENCY, OTHER_STAFF, MAY_26))).isEqualTo(LocalDate.of(2025, 6, 24));
    }

    @Test
    void theTraceOfAMovedRequestCitesTheAgencysChoice() {
        String open = register(AGENCY, CLERK, MAY_26);
        services.clockSettings.change(ADMIN, AGENCY, "receiptDayCounts", "true", "2025-05-01");
        DisclosureRequest request = services.requests.get(open).request();
        assertThat(String.join("\n", services.deadlines.clock(request).deadline(request).trace().lines()))
                .contains("起算当日计入期限，receiptDayCounts=true（依据：本机关设置，自 2025-05-01 起）");
        assertThat(services.clockSettings.overview(ADMIN, AGENCY).recorded()).singleElement()
                .satisfies(c -> assertThat(c.recordedBy()).isEqualTo("admin"));
    }

    @Test
    void aChoiceStartingAfterTheReceiptLeavesTheRequestAsItWas() {
        String open = register(AGENCY, CLERK, MAY_26);
        assertThat(services.clockSettings.change(ADMIN, AGENCY, "receiptDayCounts", "true", "2025-05-27")).isZero();
        assertThat(dueOn(open)).isEqualTo(LocalDate.of(2025, 6, 24));
        assertThat(services.clockSettings.overview(ADMIN, AGENCY).inForce())
                .filteredOn(s -> s.name().equals("receiptDayCounts")).singleElement()
                .satisfies(s -> {
                    assertThat(s.value()).isEqualTo(true);
                    assertThat(s.since()).isEqualTo(LocalDate.of(2025, 5, 27));
                    assertThat(s.localChoice()).isTrue();
                    assertThat(s.confidence()).isEqualTo(Confidence.UNCONFIRMED);
                });
    }

    @Test
    void onlyAnAdministratorOfTheAgencyMayChangeItsSettings() {
        assertThatThrownBy(() -> services.clockSettings.change(CLERK, AGENCY, "receiptDayCounts", "true", "2025-01-01"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("管理员");
        assertThatThrownBy(() -> services.clockSettings.change(OTHER_ADMIN, AGENCY, "receiptDayCounts", "true", "2025-01-01"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("其他机关");
        assertThat(storedChoices()).isZero();
    }

    @Test
    void aBadNameValueOrDateIsRefusedInChineseAndNothingIsStored() {
        String open = register(AGENCY, CLERK, MAY_26);
        assertThatThrownBy(() -> services.clockSettings.change(ADMIN, AGENCY, "receiptDayCounts", "yes", "2025-01-01"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("应为 true 或 false");
        assertThatThrownBy(() -> services.clockSettings.change(ADMIN, AGENCY, "replyWorkingDays", "15", "2025-01-01"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("由条例明确规定");
        assertThatThrownBy(() -> services.clockSettings.change(ADMIN, AGENCY, "receiptDayCounts", "true", "2025-13-01"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("不是 yyyy-mm-dd 格式的有效日期");
        assertThatThrownBy(() -> services.clockSettings.change(Actor.system("test"), "NO-SUCH", "receiptDayCounts", "true", "2025-01-01"))
                .isInstanceOf(RefusedException.class).hasMessageContaining("没有代码为 NO-SUCH 的机关");
        assertThat(storedChoices()).isZero();
        assertThat(dueOn(open)).isEqualTo(LocalDate.of(2025, 6, 24));
    }

    @Test
    void aChoiceUnderWhichAnOpenHistoryBecomesIllegalIsRefusedAndRolledBack() {
        services = TestServices.on(db, LocalDate.of(2025, 6, 24));
        String open = register(AGENCY, CLERK, MAY_26);
        // Extended on its due date 06-24: counting the receipt day would put that due date at 06-23, before it.
        services.requests.extend(Fixtures.APPROVER, StatedLetters.ref(open, 1), LocalDate.of(2025, 6, 24), 10);
        assertThatThrownBy(() -> services.clockSettings.change(ADMIN, AGENCY, "receiptDayCounts", "true", "2025-01-01"))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("未保存：按新设置");
        assertThat(storedChoices()).isZero();
        assertThat(services.audit.about(AGENCY)).extracting(AuditEntry::action).doesNotContain("CLOCK_SETTING_CHANGED");
    }
}
