package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.appeal.AppealKind;
import org.gongkai.dataset.DatasetReader;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Table4Column;
import org.gongkai.report.compile.ReportCompiler;
import org.gongkai.report.render.ReportJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code appeal add|decide|list} against an H2 file database, without Spring, and what 表四 then counts. */
class AppealCommandTests {

    private static final String DATASET = """
            {"format": "gongkai/1",
             "agencies": [{"code": "TEST-A", "name": "测试市人民政府办公室", "parent": null}],
             "requests": [{"id": "TEST-A-2025-0001", "agency": "TEST-A", "applicantType": "NATURAL_PERSON",
                           "channel": "ONLINE", "events": [{"type": "RECEIVED", "on": "2025-03-03"},
                           {"type": "CLOSED", "on": "2025-03-20", "outcome": "DISCLOSED"}]}],
             "publications": [], "decisionCounts": [], "appeals": []}
            """;

    @TempDir
    Path dir;

    private CliDatabase db;

    @BeforeEach
    void importOneAgencyWithOneRequest() throws Exception {
        db = CliDatabase.importing(dir, DATASET);
    }

    @AfterEach
    void forgetTheDatabase() {
        db.close();
    }

    private List<String> audited() {
        return db.texts("select action || ' ' || subject || ' ' || detail from audit_log"
                + " where action like 'APPEAL_%' order by seq");
    }

    private static String lastLine(String out) {
        List<String> lines = out.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void addDecideAndListKeepTheRegisterAndTable4CountsItAfterExport() throws Exception {
        CliRun review = CliRun.of("appeal", "add", "--agency", "TEST-A", "--kind", "REVIEW", "--filed-on", "2025-05-06",
                "--request", "TEST-A-2025-0001", "--case-number", "测复〔2025〕12号", "--body", "测试市人民政府");
        assertThat(review.exitCode()).as(review.err()).isZero();
        assertThat(lastLine(review.out())).isEqualTo("A-TEST-A-2025-001");
        CliRun direct = CliRun.of("appeal", "add", "--agency", "TEST-A", "--kind", "LITIGATION_DIRECT",
                "--filed-on", "2025-09-01");
        assertThat(lastLine(direct.out())).isEqualTo("A-TEST-A-2025-002");
        CliRun coDefendant = CliRun.of("appeal", "add", "--agency", "TEST-A", "--kind", "LITIGATION_AFTER_REVIEW",
                "--filed-on", "2025-10-10", "--co-defendant", "--body", "测试市中级人民法院");
        assertThat(lastLine(coDefendant.out())).isEqualTo("A-TEST-A-2025-003");
        CliRun earlier = CliRun.of("appeal", "add", "--agency", "TEST-A", "--kind", "REVIEW", "--filed-on", "2024-12-30");
        assertThat(lastLine(earlier.out())).isEqualTo("A-TEST-A-2024-001");

        CliRun decided = CliRun.of("appeal", "decide", "--id", "A-TEST-A-2025-001", "--result", "UPHELD",
                "--decided-on", "2025-07-01");
        assertThat(decided.exitCode()).as(decided.err()).isZero();
        assertThat(decided.out().strip()).isEqualTo("已记录：A-TEST-A-2025-001  行政复议  立案 2025-05-06  结果维持（2025-07-01 审结）"
                + "  申请 TEST-A-2025-0001  案号 测复〔2025〕12号  测试市人民政府");

        CliRun listed = CliRun.of("appeal", "list", "--agency", "TEST-A", "--year", "2025");
        assertThat(listed.out().lines().toList()).containsExactly(
                "A-TEST-A-2025-001  行政复议  立案 2025-05-06  结果维持（2025-07-01 审结）  申请 TEST-A-2025-0001"
                        + "  案号 测复〔2025〕12号  测试市人民政府",
                "A-TEST-A-2025-002  未经复议直接起诉  立案 2025-09-01  尚未审结",
                "A-TEST-A-2025-003  复议后起诉  立案 2025-10-10  尚未审结  测试市中级人民法院  复议机关作共同被告，不计入表四");
        assertThat(CliRun.of("appeal", "list", "--agency", "TEST-A").out().lines()).hasSize(4);
        assertThat(audited()).containsExactly(
                "APPEAL_REGISTERED A-TEST-A-2025-001 行政复议，2025-05-06",
                "APPEAL_REGISTERED A-TEST-A-2025-002 未经复议直接起诉，2025-09-01",
                "APPEAL_REGISTERED A-TEST-A-2025-003 复议后起诉，2025-10-10，复议机关作共同被告（不计入表四）",
                "APPEAL_REGISTERED A-TEST-A-2024-001 行政复议，2024-12-30",
                "APPEAL_DECIDED A-TEST-A-2025-001 结果维持，2025-07-01");

        Path exported = dir.resolve("out.json");
        assertThat(CliRun.of("export", exported.toString()).exitCode()).isZero();
        AnnualReport report = ReportCompiler.of(DatasetReader.read(Files.readString(exported))).compile("TEST-A", 2025);
        assertThat(report.table4().cell(AppealKind.REVIEW, Table4Column.UPHELD)).isEqualTo(1);
        assertThat(report.table4().cell(AppealKind.REVIEW, Table4Column.TOTAL)).isEqualTo(1);
        assertThat(report.table4().cell(AppealKind.LITIGATION_DIRECT, Table4Column.PENDING)).isEqualTo(1);
        assertThat(report.table4().cell(AppealKind.LITIGATION_DIRECT, Table4Column.TOTAL)).isEqualTo(1);
        assertThat(report.table4().cell(AppealKind.LITIGATION_AFTER_REVIEW, Table4Column.TOTAL)).isZero();
        CliRun carried = CliRun.of("report", "compile", "--data", exported.toString(), "--agency", "TEST-A", "--year", "2025",
                "--format", "json", "--table4-scope", "WITH_CARRIED_OVER");
        AnnualReport withCarriedOver = ReportJson.read(carried.out());
        assertThat(withCarriedOver.table4().cell(AppealKind.REVIEW, Table4Column.PENDING)).isEqualTo(1);
        assertThat(withCarriedOver.table4().cell(AppealKind.REVIEW, Table4Column.TOTAL)).isEqualTo(2);
        CliRun badScope = CliRun.of("report", "compile", "--data", exported.toString(), "--agency", "TEST-A", "--year",
                "2025", "--table4-scope", "ALL");
        assertBad(badScope, "错误：--table4-scope：“ALL”不是有效的表四统计范围，应为 FILED_IN_YEAR、WITH_CARRIED_OVER 之一");
        assertThat(Files.readString(exported)).contains("\"caseNumber\": \"测复〔2025〕12号\"",
                "\"reviewOrganCoDefendant\": true");
    }

    @Test
    void badInputIsOneChineseLineNamingTheOptionWithExitCode2AndNothingIsStored() {
        assertBad(CliRun.of("appeal", "add", "--agency", "TEST-A", "--kind", "APPEAL", "--filed-on", "2025-05-06"),
                "错误：--kind：“APPEAL”不是有效的复议诉讼类别，应为 REVIEW、LITIGATION_DIRECT、LITIGATION_AFTER_REVIEW 之一");
        assertBad(CliRun.of("appeal", "add", "--agency", "TEST-A", "--kind", "REVIEW"),
                "错误：--filed-on：请给出立案日期（yyyy-mm-dd）");
        assertBad(CliRun.of("appeal", "add", "--agency", "TEST-A", "--kind", "REVIEW", "--filed-on", "2025-02-30"),
                "错误：--filed-on：“2025-02-30”不是 yyyy-mm-dd 格式的有效日期");
        assertBad(CliRun.of("appeal", "add", "--agency", "TEST-A", "--kind", "REVIEW", "--filed-on", "2025-05-06",
                "--co-defendant"), "错误：只有复议后起诉的案件才可能以复议机关身份作为共同被告；行政复议不能这样标注。");
        assertBad(CliRun.of("appeal", "add", "--agency", "NO-SUCH", "--kind", "REVIEW", "--filed-on", "2025-05-06"),
                "错误：--agency：数据库中没有代码为“NO-SUCH”的机关");
        assertBad(CliRun.of("appeal", "add", "--agency", "TEST-A", "--kind", "REVIEW", "--filed-on", "2025-05-06",
                "--request", "TEST-A-2019-0001"), "错误：申请的受理编号：本机关没有受理编号为 TEST-A-2019-0001 的申请；"
                + "案件涉及更早或未登记的申请时，此项不填。");
        assertBad(CliRun.of("appeal", "decide", "--id", "A-TEST-A-2025-009", "--result", "UPHELD",
                "--decided-on", "2025-07-01"), "错误：--id：没有编号为 A-TEST-A-2025-009 的复议或诉讼。");
        assertBad(CliRun.of("appeal", "list", "--agency", "TEST-A", "--year", "25"), "错误：--year：“25”不是四位数的年度");
        assertThat(audited()).isEmpty();

        assertThat(CliRun.of("appeal", "add", "--agency", "TEST-A", "--kind", "REVIEW", "--filed-on", "2025-05-06")
                .exitCode()).isZero();
        assertBad(CliRun.of("appeal", "decide", "--id", "A-TEST-A-2025-001", "--result", "WON", "--decided-on", "2025-07-01"),
                "错误：--result：“WON”不是有效的复议诉讼结果，应为 UPHELD、CORRECTED、OTHER 之一");
        assertBad(CliRun.of("appeal", "decide", "--id", "A-TEST-A-2025-001", "--result", "UPHELD",
                "--decided-on", "2025-05-01"), "错误：审结日期 2025-05-01 早于立案日期 2025-05-06。");
        assertThat(CliRun.of("appeal", "list", "--agency", "TEST-A").out().strip())
                .isEqualTo("A-TEST-A-2025-001  行政复议  立案 2025-05-06  尚未审结");
        assertThat(audited()).hasSize(1);
    }

    private static void assertBad(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo(message);
    }
}
