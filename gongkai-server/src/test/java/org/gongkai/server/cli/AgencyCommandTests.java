package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agency show} and {@code agency set} against an H2 file database, without Spring. */
class AgencyCommandTests {

    private static final String DATASET = """
            {"format": "gongkai/1",
             "agencies": [{"code": "TEST-A", "name": "测试市人民政府办公室", "parent": null}],
             "requests": [], "publications": [], "decisionCounts": [], "appeals": []}
            """;

    @TempDir
    Path dir;

    private String url;

    @BeforeEach
    void importOneAgency() throws Exception {
        url = CliDatabase.useFileIn(dir);
        assertThat(CliRun.of("import", Files.writeString(dir.resolve("in.json"), DATASET).toString()).exitCode()).isZero();
    }

    @AfterEach
    void clearProperties() {
        CliDatabase.forget();
    }

    private List<String> auditDetails() {
        try (Database db = Database.open(new DatabaseSettings(url, "sa", "", 2))) {
            return db.jdbc().sql("select detail from audit_log where action = 'AGENCY_PROFILE_CHANGED' order by seq")
                    .query(String.class).list();
        }
    }

    private static CliRun setFirstProfile() {
        return CliRun.of("agency", "set", "--agency", "TEST-A", "--office", "测试市人民政府办公室政府信息公开科",
                "--address", "测试市新华路100号", "--postcode", "100001", "--phone", "010-66668888",
                "--office-hours", "工作日 9:00—17:00", "--review-body", "测试市人民政府");
    }

    @Test
    void setSavesTheGivenItemsKeepsTheOthersAndShowPrintsThem() {
        CliRun none = CliRun.of("agency", "show", "--agency", "TEST-A");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("机关代码：TEST-A", "尚未填写机构信息", "机关名称（--name）：测试市人民政府办公室",
                "办公时间（--office-hours）：（未填写）", "告知书中的联系方式：详见本机关政府信息公开指南");

        CliRun first = setFirstProfile();
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().strip()).isEqualTo("已保存，修改了：工作机构名称、办公地址、邮政编码、联系电话、办公时间、行政复议机关。");

        CliRun change = CliRun.of("agency", "set", "--agency", "TEST-A", "--name", "测试市人民政府办公厅",
                "--office-hours", "工作日 8:30—17:30",
                "--court", "测试市铁路运输法院", "--review-body", "");
        assertThat(change.out().strip()).isEqualTo("已保存，修改了：机关名称、办公时间、行政复议机关、行政诉讼的管辖法院。");

        CliRun shown = CliRun.of("agency", "show", "--agency", "TEST-A");
        assertThat(shown.out()).contains("机关名称（--name）：测试市人民政府办公厅", "办公地址（--address）：测试市新华路100号", "办公时间（--office-hours）：工作日 8:30—17:30",
                "行政复议机关（--review-body）：（未填写）", "行政诉讼的管辖法院（--court）：测试市铁路运输法院",
                "告知书中的联系方式：测试市人民政府办公室政府信息公开科，地址：测试市新华路100号，邮政编码：100001，电话：010-66668888" + System.lineSeparator())
                .doesNotContain("尚未填写");
        assertThat(CliRun.of("agency", "set", "--agency", "TEST-A", "--postcode", "100001").out())
                .contains("内容与现行信息相同，没有修改");
        assertThat(auditDetails()).hasSize(2);
        assertThat(auditDetails().get(1)).startsWith("机关名称：“测试市人民政府办公室” → “测试市人民政府办公厅”；"
                + "办公时间：“工作日 9:00—17:00” → “工作日 8:30—17:30”");
    }

    @Test
    void badInputIsOneChineseLineWithExitCode2AndNothingIsWritten() {
        CliRun incomplete = CliRun.of("agency", "set", "--agency", "TEST-A", "--address", "测试市新华路100号");
        assertThat(incomplete.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(incomplete.err()).startsWith("错误：").contains("--office：请填写工作机构名称。", "--postcode：请填写邮政编码。",
                "--office-hours：请填写办公时间。").doesNotContain("--address").doesNotContain("Exception");
        assertThat(incomplete.err().strip().lines()).hasSize(1);

        assertThat(setFirstProfile().exitCode()).isZero();
        CliRun badPhone = CliRun.of("agency", "set", "--agency", "TEST-A", "--phone", "找办公室", "--address", "新地址");
        assertThat(badPhone.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(badPhone.err()).contains("--phone：联系电话应为电话号码").doesNotContain("--address");
        CliRun tooLong = CliRun.of("agency", "set", "--agency", "TEST-A", "--court", "院".repeat(201));
        assertThat(tooLong.err()).contains("--court：行政诉讼的管辖法院最多 200 个字符，现有 201 个。");
        CliRun nothing = CliRun.of("agency", "set", "--agency", "TEST-A");
        assertThat(nothing.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(nothing.err()).contains("请至少给出一项要修改的信息");
        CliRun unknown = CliRun.of("agency", "show", "--agency", "NO-SUCH");
        assertThat(unknown.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(unknown.err()).contains("数据库中没有代码为“NO-SUCH”的机关");

        assertThat(CliRun.of("agency", "show", "--agency", "TEST-A").out())
                .contains("办公地址（--address）：测试市新华路100号", "联系电话（--phone）：010-66668888");
        assertThat(auditDetails()).hasSize(1);
    }
}
