package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code settings list} and {@code settings set} against an H2 file database, without Spring. */
class SettingsCommandTests {

    // One open request received Mon 2025-05-26 (due Tue 06-24; counting the receipt day, Mon 06-23) and one
    // of another agency received the same day.
    private static final String DATA = """
            {"format": "gongkai/1",
             "agencies": [{"code": "TEST-A", "name": "测试市人民政府办公室", "parent": null},
                          {"code": "TEST-B", "name": "测试市某局", "parent": "TEST-A"}],
             "requests": [{"id": "TEST-A-2025-0001", "agency": "TEST-A", "applicantType": "NATURAL_PERSON",
                           "channel": "IN_PERSON", "events": [{"type": "RECEIVED", "on": "2025-05-26"}]},
                          {"id": "TEST-B-2025-0001", "agency": "TEST-B", "applicantType": "NATURAL_PERSON",
                           "channel": "IN_PERSON", "events": [{"type": "RECEIVED", "on": "2025-05-26"}]}],
             "publications": [], "decisionCounts": [], "appeals": []}
            """;

    @TempDir
    Path dir;

    private String url;

    private LocalDate dueOn(String id) {
        try (Database db = Database.open(new DatabaseSettings(url, "sa", "", 2))) {
            return db.jdbc().sql("select due_on from disclosure_request where id = ?").param(id)
                    .query(LocalDate.class).single();
        }
    }

    @BeforeEach
    void useTemporaryDatabase() throws Exception {
        url = CliDatabase.useFileIn(dir);
        assertThat(CliRun.of("import", Files.writeString(dir.resolve("in.json"), DATA).toString()).exitCode()).isZero();
    }

    @AfterEach
    void clearProperties() {
        CliDatabase.forget();
    }

    @Test
    void setRecomputesTheAgencysOpenRequestsAndListShowsTheChoice() {
        CliRun list = CliRun.of("settings", "list", "--agency", "TEST-A");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("receiptDayCounts=false", "未确认", "本机关尚未作出选择");

        CliRun set = CliRun.of("settings", "set", "--agency", "TEST-A", "receiptDayCounts", "true",
                "--from", "2025-01-01");
        assertThat(set.exitCode()).isZero();
        assertThat(set.out()).contains("1 件办理中申请的答复期限随之改变");

        CliRun after = CliRun.of("settings", "list", "--agency", "TEST-A");
        assertThat(after.out()).contains("receiptDayCounts=true", "依据：本机关设置；自 2025-01-01 起",
                "receiptDayCounts=true，适用于 2025-01-01 及以后收到的申请（command-line 记录于");
        assertThat(dueOn("TEST-A-2025-0001")).isEqualTo(LocalDate.of(2025, 6, 23));
        assertThat(dueOn("TEST-B-2025-0001")).isEqualTo(LocalDate.of(2025, 6, 24));
        assertThat(CliRun.of("settings", "list", "--agency", "TEST-B").out()).contains("receiptDayCounts=false");
    }

    @Test
    void badInputIsOneChineseLineWithExitCode2() {
        CliRun badValue = CliRun.of("settings", "set", "--agency", "TEST-A", "receiptDayCounts", "maybe",
                "--from", "2025-01-01");
        assertThat(badValue.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(badValue.err()).startsWith("错误：").contains("应为 true 或 false").doesNotContain("Exception");
        assertThat(badValue.err().strip().lines()).hasSize(1);
        CliRun badDate = CliRun.of("settings", "set", "--agency", "TEST-A", "feeTimeExcluded", "false",
                "--from", "2025-02-30");
        assertThat(badDate.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(badDate.err()).contains("不是 yyyy-mm-dd 格式的有效日期");
        CliRun statutory = CliRun.of("settings", "set", "--agency", "TEST-A", "replyWorkingDays", "15",
                "--from", "2025-01-01");
        assertThat(statutory.err()).contains("由条例明确规定");
        CliRun unknownAgency = CliRun.of("settings", "list", "--agency", "NO-SUCH");
        assertThat(unknownAgency.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(unknownAgency.err()).contains("没有代码为 NO-SUCH 的机关");
        assertThat(CliRun.of("settings", "list", "--agency", "TEST-A").out()).contains("本机关尚未作出选择");
    }
}
