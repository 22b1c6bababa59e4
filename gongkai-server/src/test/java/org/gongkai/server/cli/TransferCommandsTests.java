package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.dataset.DatasetReader;
import org.gongkai.dataset.DatasetWriter;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import}, {@code export} and {@code audit verify} against an H2 file database, without Spring. */
class TransferCommandsTests {

    private static final String SMALL = """
            {"format": "gongkai/1",
             "agencies": [{"code": "TEST-A", "name": "测试市人民政府办公室", "parent": null},
                          {"code": "TEST-B", "name": "测试市某局", "parent": "TEST-A"}],
             "requests": [{"id": "TEST-B-2025-0001", "agency": "TEST-B", "applicantType": "COMMERCIAL_ENTERPRISE",
                           "channel": "ONLINE", "events": [{"type": "RECEIVED", "on": "2025-03-03"},
                           {"type": "FEE_NOTIFIED", "on": "2025-03-10", "amountYuan": "300.50"},
                           {"type": "FEE_PAID", "on": "2025-03-12"},
                           {"type": "CLOSED", "on": "2025-03-20", "outcome": "DISCLOSED"}]}],
             "publications": [{"id": "P-1", "agency": "TEST-A", "kind": "NORMATIVE_DOCUMENT",
                               "indexNumber": "TEST-A-2023-00001", "title": "关于测试的通知", "documentNumber": "测规〔2023〕1号",
                               "article20Item": 1, "issuedOn": "2023-05-01", "publishedOn": "2023-05-06",
                               "repealedOn": null, "expiresOn": "2028-05-31"}],
             "decisionCounts": [{"agency": "TEST-A", "year": 2025, "licensing": 3, "penalty": 1, "coercion": 0,
                                 "feesWanYuan": "1.25"}],
             "appeals": [{"id": "A-1", "agency": "TEST-B", "request": "TEST-B-2025-0001", "kind": "REVIEW",
                          "filedOn": "2025-05-06", "result": "UPHELD", "decidedOn": "2025-07-01"}]}
            """;

    @TempDir
    Path dir;

    private String url;

    @BeforeEach
    void useTemporaryDatabase() {
        url = CliDatabase.useFileIn(dir);
    }

    @AfterEach
    void clearProperties() {
        CliDatabase.forget();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GongkaiCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importThenExportGivesTheCanonicalDocumentBack() throws Exception {
        Path in = Files.writeString(dir.resolve("in.json"), SMALL);
        Path out = dir.resolve("out.json");
        assertThat(run("import", in.toString()).code()).isZero();
        assertThat(run("export", out.toString()).code()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(DatasetWriter.write(DatasetReader.read(SMALL)));
    }

    @Test
    void importingTwiceIsBadInputAndChangesNothing() throws Exception {
        Path in = Files.writeString(dir.resolve("in.json"), SMALL);
        assertThat(run("import", in.toString()).code()).isZero();
        Run again = run("import", in.toString());
        assertThat(again.code()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(again.err()).startsWith("错误：").contains("没有导入任何内容").doesNotContain("Exception");
    }

    @Test
    void aMalformedFileIsBadInputNamingThePath() throws Exception {
        Path in = Files.writeString(dir.resolve("bad.json"), SMALL.replace("\"2025-03-20\"", "\"2025-13-20\""));
        Run run = run("import", in.toString());
        assertThat(run.code()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("$.requests[0].events[3].on").doesNotContain("Exception");
        assertThat(run("import", dir.resolve("missing.json").toString()).err()).contains("找不到文件");
    }

    @Test
    void aCloseTheHistoryDoesNotSupportIsBadInputNamingTheRequestAndImportsNothing() throws Exception {
        // Fee notified Mon 2025-03-10, to be paid 20 working days after it: 03-11..14 = 1..4; 03-17..21 = 5..9;
        // 03-24..28 = 10..14; 03-31..04-03 = 15..18; 04-04..06 off; 04-07, 04-08 = 19, 20.
        Path unpaid = Files.writeString(dir.resolve("unpaid.json"), SMALL.replace("{\"type\": \"FEE_PAID\", \"on\": \"2025-03-12\"},", "")
                .replace("\"outcome\": \"DISCLOSED\"", "\"outcome\": \"OTHER_FEE_UNPAID\""));
        Run early = run("import", unpaid.toString());
        assertThat(early.code()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(early.err()).startsWith("错误：").contains("$.requests[0].events[2]：申请 TEST-B-2025-0001 的 events[2]（CLOSED，2025-03-20）："
                + "不能以表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”办结（条例第四十二条）："
                + "events[1] 的收费通知的缴费期限 2025-04-08 尚未届满").doesNotContain("Exception");
        Path unasked = Files.writeString(dir.resolve("unasked.json"),
                SMALL.replace("\"outcome\": \"DISCLOSED\"", "\"outcome\": \"OTHER_NO_CLARIFICATION\""));
        Run noNotice = run("import", unasked.toString());
        assertThat(noNotice.code()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(noNotice.err()).contains("$.requests[0].events[3]：申请 TEST-B-2025-0001 的 events[3]（CLOSED，2025-03-20）："
                + "不能以表三“（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”办结（条例第三十条）");
        Path in = Files.writeString(dir.resolve("in.json"), SMALL);
        assertThat(run("import", in.toString()).code()).as("nothing of the refused files was imported").isZero();
    }

    @Test
    void auditVerifyFindsAnEditedEntry() throws Exception {
        Path in = Files.writeString(dir.resolve("in.json"), SMALL);
        assertThat(run("import", in.toString()).code()).isZero();
        Run intact = run("audit", "verify");
        assertThat(intact.code()).isZero();
        assertThat(intact.out()).contains("审计日志完好：共 1 条");

        try (Database db = Database.open(new DatabaseSettings(url, "sa", "", 2))) {
            db.jdbc().sql("update audit_log set actor = 'someone-else' where seq = 1").update();
        }
        Run broken = run("audit", "verify");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out()).contains("审计日志第 1 条的内容与其哈希不符");
    }
}
