package org.gongkai.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.gongkai.agency.Agency;
import org.gongkai.dataset.Dataset;
import org.gongkai.dataset.DatasetReader;
import org.gongkai.dataset.DatasetWriter;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.DecisionCounts;
import org.gongkai.report.ReportSection;
import org.gongkai.report.Table3Row;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.report.render.ReportJson;
import org.gongkai.server.Assembly;
import org.gongkai.server.demo.DemoData;
import org.gongkai.server.security.Actor;
import org.gongkai.server.security.Role;
import org.gongkai.server.store.ConflictException;
import org.gongkai.server.store.DatabaseTests;
import org.gongkai.server.store.RefusedException;
import org.gongkai.server.store.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportServiceTests extends DatabaseTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Actor HANDLER = new Actor("handler-hzb", DemoData.SEED_AGENCY, EnumSet.of(Role.HANDLER));
    private static final Actor HEAD = new Actor("head-hzb", DemoData.SEED_AGENCY, EnumSet.of(Role.HANDLER, Role.APPROVER));

    private Assembly services;

    @BeforeEach
    void loadDemo() {
        services = TestServices.on(db, TODAY);
        TestServices.demoData(services, db, 5).loadIfEmpty();
    }

    @Test
    void theReportCompiledFromTheDatabaseEqualsTheCoresReportOfAnExport() {
        Dataset exported = DatasetReader.read(DatasetWriter.write(services.export.export()));
        ReportCompiler core = ReportCompiler.of(exported, services.deadlines::clock);
        int compared = 0;
        for (Agency agency : exported.agencies()) {
            for (int year = 2025; year <= 2026; year++) {
                assertThat(services.reports.compile(agency.code(), year)).as(agency.code() + " " + year)
                        .isEqualTo(core.compile(agency.code(), year));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(14);
    }

    @Test
    void theSeedAgencys2025ReportCountsItsRecords() {
        AnnualReport report = services.reports.compile(DemoData.SEED_AGENCY, 2025);
        assertThat(report.table3().get(Table3Row.NEW, ApplicantColumn.NATURAL_PERSON)).hasValue(2);
        assertThat(report.table3().get(Table3Row.UNAVAILABLE_NOT_HELD, ApplicantColumn.NATURAL_PERSON)).hasValue(1);
        assertThat(report.table3().get(Table3Row.OTHER, ApplicantColumn.NATURAL_PERSON)).hasValue(1);
        assertThat(report.table3().get(Table3Row.CARRIED_FORWARD, ApplicantColumn.TOTAL)).hasValue(0);
        assertThat(report.table2().normativeDocuments().inForce()).isEqualTo(2);
        assertThat(report.table2().licensing()).isZero();
        assertThat(report.findings()).noneMatch(f -> f.isError());
    }

    @Test
    void publishingLocksTheYearAndAnAmendmentShowsInTheNextVersion() {
        var draft = services.reports.draft(HANDLER, DemoData.SEED_AGENCY, 2025);
        assertThatThrownBy(() -> services.reports.publish(HANDLER, DemoData.SEED_AGENCY, 2025, draft.version()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("审批人");
        assertThat(services.reports.publish(HEAD, DemoData.SEED_AGENCY, 2025, draft.version())).isEqualTo(1);

        DecisionCounts corrected = new DecisionCounts(DemoData.SEED_AGENCY, 2025, 1, 0, 0, BigDecimal.ZERO);
        assertThatThrownBy(() -> services.decisionCounts.record(HANDLER, corrected, null))
                .isInstanceOf(RefusedException.class).hasMessageContaining("已经发布");
        services.decisionCounts.record(HANDLER, corrected, "漏报一件行政许可");

        var amended = services.reports.draft(HANDLER, DemoData.SEED_AGENCY, 2025);
        assertThat(amended.published()).isTrue();
        assertThat(amended.report().table2().licensing()).isEqualTo(1);
        assertThat(amended.report().prose().get(ReportSection.OTHER_MATTERS)).contains("漏报一件行政许可");
        assertThat(services.reports.publish(HEAD, DemoData.SEED_AGENCY, 2025, amended.version())).isEqualTo(2);
        AnnualReport published = ReportJson.read(services.reportRepository.latestPublished(DemoData.SEED_AGENCY, 2025)
                .orElseThrow());
        assertThat(published.table2().licensing()).isEqualTo(1);
        assertThat(published.prose().get(ReportSection.OTHER_MATTERS)).contains("理由：漏报一件行政许可");
        assertThat(services.audit.verify()).isEmpty();
    }

    @Test
    void twoClerksEditingTheSameReportOneGetsAConflict() {
        long version = services.reports.draft(HANDLER, DemoData.SEED_AGENCY, 2025).version();
        services.reports.editProse(HANDLER, DemoData.SEED_AGENCY, 2025, ReportSection.PROBLEMS_AND_IMPROVEMENTS,
                "答复文书格式仍需统一。", version);
        assertThatThrownBy(() -> services.reports.editProse(HANDLER, DemoData.SEED_AGENCY, 2025,
                ReportSection.PROBLEMS_AND_IMPROVEMENTS, "另一段文字。", version))
                .isInstanceOf(ConflictException.class);
        assertThat(services.reports.draft(HANDLER, DemoData.SEED_AGENCY, 2025).report().prose()
                .get(ReportSection.PROBLEMS_AND_IMPROVEMENTS)).isEqualTo("答复文书格式仍需统一。");
        assertThatThrownBy(() -> services.reports.editProse(HANDLER, DemoData.SEED_AGENCY, 2025, ReportSection.REQUESTS,
                "x", version + 1)).isInstanceOf(RefusedException.class);
    }
}
