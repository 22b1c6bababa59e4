package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.letter.DefaultLetterTemplates;
import org.gongkai.letter.LetterKind;
import org.gongkai.letter.LetterType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code letter template list|show|set} against an H2 file database, without Spring. */
class LetterTemplateCommandTests {

    private static final String DATASET = """
            {"format": "gongkai/1",
             "agencies": [{"code": "TEST-A", "name": "测试市人民政府办公室", "parent": null}],
             "requests": [], "publications": [], "decisionCounts": [], "appeals": []}
            """;
    private static final String RECEIPT = """
            # 本局的登记回执
            登记回执
            {{recipientName}}：
            本局已收到您的申请，编号{{trackingNumber}}，将于{{dueOn}}前答复。
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void importOneAgency() throws Exception {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        System.setProperty("gongkai.encryption.key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        assertThat(CliRun.of("import", Files.writeString(dir.resolve("in.json"), DATASET).toString()).exitCode()).isZero();
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty("spring.datasource.url");
        System.clearProperty("gongkai.encryption.key");
    }

    @Test
    void setSavesANewVersionThatListAndShowReport() throws Exception {
        Path file = Files.writeString(dir.resolve("receipt.txt"), RECEIPT);

        CliRun set = CliRun.of("letter", "template", "set", "--agency", "TEST-A", "--type", "receipt", "--file",
                file.toString());
        CliRun again = CliRun.of("letter", "template", "set", "--agency", "TEST-A", "--type", "receipt", "--file",
                file.toString());

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out().strip()).isEqualTo("已保存为TEST-A 的模板“receipt”第1版。");
        assertThat(again.out()).contains("第2版");
        String list = CliRun.of("letter", "template", "list", "--agency", "TEST-A").out();
        assertThat(list.lines()).hasSize(LetterType.all().size())
                .contains("receipt\t登记回执\tTEST-A 的模板“receipt”第2版")
                .contains("fee\t收费通知书\t默认模板“fee”第" + DefaultLetterTemplates.VERSION + "版");
        assertThat(CliRun.of("letter", "template", "show", "--agency", "TEST-A", "--type", "receipt").out())
                .isEqualTo(RECEIPT);
        assertThat(CliRun.of("letter", "template", "show", "--agency", "TEST-A", "--type", "fee").out())
                .isEqualTo(DefaultLetterTemplates.of(LetterType.of(LetterKind.FEE_NOTICE)).source());
        assertThat(CliRun.of("audit", "verify").out()).contains("共 3 条");
    }

    @Test
    void anInvalidTemplateIsBadInputNamingTheLineAndNothingIsSaved() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.txt"), RECEIPT.replace("{{dueOn}}", "{{deadline}}"));

        CliRun set = CliRun.of("letter", "template", "set", "--agency", "TEST-A", "--type", "receipt", "--file",
                file.toString());

        assertThat(set.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(set.err().lines()).hasSize(1);
        assertThat(set.err()).startsWith("错误：" + file + "：TEST-A 的模板“receipt”第1版第4行：未知变量 {{deadline}}")
                .doesNotContain("Exception");
        assertThat(CliRun.of("letter", "template", "list", "--agency", "TEST-A").out())
                .contains("receipt\t登记回执\t默认模板“receipt”第" + DefaultLetterTemplates.VERSION + "版");
    }

    @Test
    void anUnknownAgencyTypeVersionOrFileIsBadInput() {
        CliRun agency = CliRun.of("letter", "template", "list", "--agency", "NO-SUCH");
        CliRun type = CliRun.of("letter", "template", "show", "--agency", "TEST-A", "--type", "notice");
        CliRun version = CliRun.of("letter", "template", "show", "--agency", "TEST-A", "--type", "receipt",
                "--version", "3");
        CliRun file = CliRun.of("letter", "template", "set", "--agency", "TEST-A", "--type", "receipt", "--file",
                dir.resolve("missing.txt").toString());

        assertThat(agency.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(agency.err().strip()).isEqualTo("错误：--agency：数据库中没有代码为“NO-SUCH”的机关");
        assertThat(type.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(type.err()).contains("--type：没有名为“notice”的文书模板");
        assertThat(version.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(version.err().strip()).isEqualTo("错误：--version：TEST-A 没有模板“receipt”的第3版");
        assertThat(file.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(file.err()).contains("--file：找不到文件");
    }
}
