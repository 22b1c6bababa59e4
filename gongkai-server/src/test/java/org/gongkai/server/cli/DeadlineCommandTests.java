package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gongkai.dataset.json.Json;
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
