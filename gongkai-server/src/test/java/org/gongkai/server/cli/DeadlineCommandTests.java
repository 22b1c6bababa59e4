package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gongkai.json.Json;
import org.gongkai.server.time.ServerTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class DeadlineCommandTests {

    private static String file(String name) {
        try {
            return Path.of(DeadlineCommandTests.class.getResource("/deadline/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonOutputHasTheDocumentedKeys() {
        // Received Fri 2025-09-26, due Thu 2025-10-30; on 10-09 16 working days are left (RequestStateTests).
        // 补正 notice within 7: Sun 09-28, 09-29, 09-30, 10-09, 10-10, Sat 10-11, Mon 10-13 -> 2025-10-13.
        CliRun run = CliRun.of("deadline", "--data", file("requests.json"), "--request", "SH-HZB-2025-0101",
                "--on", "2025-10-09", "--format", "json");
        assertThat(run.exitCode()).isZero();
        Map<String, Object> json = (Map<String, Object>) Json.parse(run.out());
        assertThat(json).containsEntry("dueOn", "2025-10-30").containsEntry("state", "OPEN")
                .containsEntry("stateLabel", "办理中").containsEntry("provisional", false)
                .containsEntry("clarificationNoticeDueOn", "2025-10-13")
                .containsEntry("feePaymentDueOn", null);
        assertThat(json.get("workingDaysLeft").toString()).isEqualTo("16");
        assertThat((List<Object>) json.get("trace")).contains((Object) "答复期限届满日：2025-10-30（周四）。");
    }

    @Test
    @SuppressWarnings("unchecked")
    void lateClarificationIsAWarningAndTheRequestFallsDueWhileItWaits() {
        // Notice Thu 2025-03-13, after its last day 03-12: due stays Mon 03-31; on Tue 04-01 one working day overdue.
        Map<String, Object> json = json("SH-HZB-2025-0104", "2025-04-01");
        assertThat(json).containsEntry("dueOn", "2025-03-31").containsEntry("state", "OVERDUE");
        assertThat((List<Object>) json.get("warnings")).containsExactly((Object) ("申请 SH-HZB-2025-0104 的 events[1]"
                + "（CLARIFICATION_REQUESTED，2025-03-13）：补正告知晚于收到申请后 7 个工作日（应不晚于 2025-03-12），条例第三十条要求在此期限内一次性告知"));
    }

    @Test
    void feePaymentDueOnCountsFromTheDayTheNoticeWasReceived() {
        // Received by the applicant Fri 2025-06-13: 20 working days after it end Fri 2025-07-11 (HistoryAmendmentTests).
        assertThat(json("SH-HZB-2025-0105", "2025-06-20")).containsEntry("feePaymentDueOn", "2025-07-11")
                .containsEntry("state", "AWAITING_PAYMENT");
    }

    /** Return the JSON answer for {@code request} in requests.json on {@code on}, asserting success. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String request, String on) {
        CliRun run = CliRun.of("deadline", "--data", file("requests.json"), "--request", request, "--on", on, "--format", "json");
        assertThat(run.exitCode()).isZero();
        return (Map<String, Object>) Json.parse(run.out());
    }

    @Test
    void provisionalResultIsMarkedInText() {
        // Received 2026-12-15 runs into unknown 2027: due 2027-01-12, provisional (StatutoryClockTests (l)).
        CliRun run = CliRun.of("deadline", "--data", file("requests.json"), "--request", "SH-HZB-2026-0007",
                "--on", "2027-01-13");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("答复期限：2027-01-12（周二）（临时结果）")
                .contains("2027-01-13 的状态：已逾期；剩余工作日：-1")
                .contains("临时结果：日历没有 2027 年的节假日安排");
    }

    @Test
    void onDefaultsToTodayInChinaReadFromTheCliClock() {
        CommandLine cli = GongkaiCommand.commandLine();
        DeadlineCommand deadline = cli.getSubcommands().get("deadline").getCommand();
        // 2025-10-30T17:00Z is already 2025-10-31 in Beijing: the day after the due date.
        deadline.clock = Clock.fixed(Instant.parse("2025-10-30T17:00:00Z"), ServerTime.ZONE);
        CliRun run = CliRun.of(cli, "deadline", "--data", file("requests.json"), "--request", "SH-HZB-2025-0101");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2025-10-31 的状态：已逾期；剩余工作日：-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            file is not JSON            | not-json.json   | SH-HZB-2025-0101 | 2025-10-09 | not-json.json：$：不是合法的 JSON 文本
            wrong type names the path   | wrong-type.json | SH-HZB-2025-0101 | 2025-10-09 | wrong-type.json：$.requests[0].events[0].on：
            unknown request id          | requests.json   | NO-SUCH          | 2025-10-09 | 错误：--request：数据文件中没有编号为“NO-SUCH”的申请
            malformed --on              | requests.json   | SH-HZB-2025-0101 | 2025-10-32 | 错误：--on：“2025-10-32”不是 yyyy-mm-dd 格式的有效日期
            --on before receipt         | requests.json   | SH-HZB-2025-0101 | 2025-09-25 | 错误：--on：2025-09-25 早于申请 SH-HZB-2025-0101 的收到申请之日 2025-09-26
            extension after due date    | requests.json   | SH-HZB-2025-0102 | 2025-10-09 | requests.json：$.requests[2].events[1]：申请 SH-HZB-2025-0102 的 events[1]（EXTENDED，2025-04-01）：批准延期之日晚于
            逾期未缴费 before the last day | requests.json | SH-HZB-2025-0103 | 2025-07-20 | requests.json：$.requests[3].events[2]：申请 SH-HZB-2025-0103 的 events[2]（CLOSED，2025-07-10）：不能以表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”办结（条例第四十二条）：events[1] 的收费通知的缴费期限 2025-07-11 尚未届满
            逾期不补正 without a notice | unsupported-close.json | SH-HZB-2025-0201 | 2025-04-01 | unsupported-close.json：$.requests[0].events[1]：申请 SH-HZB-2025-0201 的 events[1]（CLOSED，2025-03-20）：不能以表三“（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”办结（条例第三十条）：此前没有尚未补正的补正告知（CLARIFICATION_REQUESTED），须先告知补正且申请人逾期未补正
            """)
    void badInputIsOneLineNamingThePathWithExitCode2(String name, String data, String request, String on, String error) {
        CliRun run = CliRun.of("deadline", "--data", file(data), "--request", request, "--on", on);
        assertThat(run.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("错误：").contains(error).doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingFileAndBadFormatAreBadInput() {
        CliRun missing = CliRun.of("deadline", "--data", "no-such-file.json", "--request", "X", "--on", "2025-10-09");
        assertThat(missing.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(missing.err()).isEqualTo("错误：--data：文件 no-such-file.json 不存在" + System.lineSeparator());
        CliRun format = CliRun.of("deadline", "--data", file("requests.json"), "--request", "SH-HZB-2025-0101",
                "--on", "2025-10-09", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(format.err()).startsWith("错误：--format：“xml”无效");
    }
}
