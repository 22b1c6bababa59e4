package org.gongkai.server.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.gongkai.agency.Agency;
import org.gongkai.appeal.Appeal;
import org.gongkai.appeal.AppealKind;
import org.gongkai.appeal.AppealResult;
import org.gongkai.dataset.DatasetReader;
import org.gongkai.dataset.DatasetWriter;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.server.agencies.AgencyRepository;
import org.gongkai.server.audit.AuditLog;
import org.gongkai.server.publications.PublicationRepository;
import org.gongkai.server.reports.DecisionCountsRepository;
import org.gongkai.server.yearlock.YearLock;
import org.gongkai.server.requests.RequestRepository;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.Serials;
import org.gongkai.server.transfer.DatasetExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 表四 register on H2 and PostgreSQL: what is stored, who may, and what 表四 counts after export. */
class AppealServiceTests extends DatabaseTests {

    private static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-01-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Actor HANDLER = new Actor("handler", "T", Set.of(Role.HANDLER));

    private AppealService appeals;
    private DatasetExport export;

    @BeforeEach
    void registerAgency() {
        AuditLog audit = new AuditLog(db.jdbc(), CLOCK);
        AppealRepository repository = new AppealRepository(db.jdbc());
        RequestRepository requests = new RequestRepository(db.jdbc(), CLOCK);
        AgencyRepository agencies = new AgencyRepository(db.jdbc());
        agencies.insert(new Agency("T", "测试市某局", Optional.empty()));
        appeals = new AppealService(repository, requests, new Serials(db.jdbc()), new YearLock(db.jdbc(), audit, CLOCK),
                audit, db.transactions());
        export = new DatasetExport(agencies, requests, new PublicationRepository(db.jdbc()),
                new DecisionCountsRepository(db.jdbc()), repository, db.transactions());
    }

    private Appeal register(AppealKind kind, String filedOn, boolean coDefendant) {
        return appeals.register(HANDLER, "T", new AppealDetails(Optional.empty(), kind, LocalDate.parse(filedOn),
                Optional.of(" （2025）测行初1号 "), Optional.of("测试市某区人民法院"), coDefendant), null);
    }

    @Test
    void theRegisterKeepsEveryDetailAndTable4CountsItAfterExport() {
        Appeal review = register(AppealKind.REVIEW, "2025-03-01", false);
        register(AppealKind.LITIGATION_AFTER_REVIEW, "2025-04-01", true);
        Appeal direct = register(AppealKind.LITIGATION_DIRECT, "2025-11-20", false);
        appeals.decide(HANDLER, review.id(), 1, AppealResult.UPHELD, LocalDate.of(2025, 6, 1), null);
        appeals.decide(HANDLER, direct.id(), 1, AppealResult.CORRECTED, LocalDate.of(2026, 1, 5), null);

        assertThat(appeals.find(review.id())).isEqualTo(new Appeal("A-T-2025-001", "T", Optional.empty(), AppealKind.REVIEW,
                LocalDate.of(2025, 3, 1), Optional.of(AppealResult.UPHELD), Optional.of(LocalDate.of(2025, 6, 1)),
                Optional.of("（2025）测行初1号"), Optional.of("测试市某区人民法院"), false));
        assertThat(appeals.filedIn("T", 2025)).extracting(Appeal::reviewOrganCoDefendant).containsExactly(false, true, false);

        String document = DatasetWriter.write(export.export());
        Table4 table4 = ReportCompiler.of(DatasetReader.read(document)).compile("T", 2025).table4();
        assertThat(table4.cell(AppealKind.REVIEW, Table4Column.UPHELD)).isEqualTo(1);
        assertThat(table4.cell(AppealKind.REVIEW, Table4Column.TOTAL)).isEqualTo(1);
        assertThat(table4.cell(AppealKind.LITIGATION_DIRECT, Table4Column.PENDING)).isEqualTo(1);
        assertThat(table4.cell(AppealKind.LITIGATION_DIRECT, Table4Column.CORRECTED)).isZero();
        assertThat(table4.cell(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.TOTAL)).isZero();
    }

    @Test
    void anEditNeedsAReasonAndOnlyKeepersMayChangeTheRegister() {
        Appeal review = register(AppealKind.REVIEW, "2025-03-01", false);
        AppealDetails moved = new AppealDetails(Optional.empty(), AppealKind.REVIEW, LocalDate.of(2025, 3, 2),
                review.caseNumber(), review.body(), false);
        assertThatThrownBy(() -> appeals.edit(HANDLER, review.id(), 1, moved, " "))
                .isInstanceOf(RefusedException.class).hasMessage("请填写修改理由。");
        Actor registrar = new Actor("registrar", "T", Set.of(Role.REGISTRAR));
        assertThatThrownBy(() -> appeals.edit(registrar, review.id(), 1, moved, "更正"))
                .isInstanceOf(RefusedException.class).hasMessage("此操作需要承办人或管理员权限，当前用户 registrar 没有。");
        Actor otherAgency = new Actor("other", "U", Set.of(Role.ADMIN));
        assertThatThrownBy(() -> appeals.decide(otherAgency, review.id(), 1, AppealResult.OTHER, LocalDate.of(2025, 4, 1), null))
                .isInstanceOf(RefusedException.class).hasMessage("用户 other 不能办理其他机关（T）的事项。");
        assertThatThrownBy(() -> appeals.register(HANDLER, "T", new AppealDetails(Optional.of("T-2025-0009"),
                AppealKind.REVIEW, LocalDate.of(2025, 3, 1), Optional.empty(), Optional.empty(), false), null))
                .isInstanceOf(RefusedException.class)
                .hasMessage("申请的受理编号：本机关没有受理编号为 T-2025-0009 的申请；案件涉及更早或未登记的申请时，此项不填。");

        Appeal edited = appeals.edit(HANDLER, review.id(), 1, moved, "按受理通知书更正");
        assertThat(edited.filedOn()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(appeals.version(review.id())).isEqualTo(2);
        assertThat(appeals.edit(HANDLER, review.id(), 2, moved, "再次保存")).isEqualTo(edited);
        assertThat(appeals.version(review.id())).isEqualTo(2);
        assertThat(appeals.all("T")).hasSize(1);
    }
}
