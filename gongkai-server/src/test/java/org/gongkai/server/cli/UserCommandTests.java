package org.gongkai.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.server.store.Database;
import org.gongkai.server.store.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code gongkai user …} against an H2 file database, without Spring. */
class UserCommandTests {

    private static final String DATASET = """
            {"format": "gongkai/1",
             "agencies": [{"code": "TEST-A", "name": "测试市人民政府办公室", "parent": null},
                          {"code": "TEST-B", "name": "测试市教育局", "parent": null}],
             "requests": [], "publications": [], "decisionCounts": [], "appeals": []}
            """;

    @TempDir
    Path dir;

    private String url;

    @BeforeEach
    void importTwoAgencies() throws Exception {
        url = CliDatabase.useFileIn(dir);
        assertThat(CliRun.of("import", Files.writeString(dir.resolve("in.json"), DATASET).toString()).exitCode()).isZero();
    }

    @AfterEach
    void clearProperties() {
        CliDatabase.forget();
    }

    private <T> T query(String sql, Class<T> type, Object... params) {
        try (Database db = Database.open(new DatabaseSettings(url, "sa", "", 2))) {
            return db.jdbc().sql(sql).params(params).query(type).single();
        }
    }

    private List<String> audit() {
        try (Database db = Database.open(new DatabaseSettings(url, "sa", "", 2))) {
            return db.jdbc().sql("select action || ' ' || subject || ' ' || detail from audit_log"
                    + " where subject like 'user:%' order by seq").query(String.class).list();
        }
    }

    private static CliRun withStdin(String input, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void addPrintsAOneTimePasswordThatIsStoredOnlyAsAHashAndMustBeChanged() {
        CliRun added = CliRun.of("user", "add", "--agency", "TEST-A", "--name", "wang.fang", "--display-name", "王芳",
                "--roles", "REGISTRAR,handler");
        assertThat(added.exitCode()).as(added.err()).isZero();
        List<String> lines = added.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("已添加账户 wang.fang。");
        assertThat(lines.get(1)).matches("一次性密码：\\S{16}（首次登录后须修改）");
        String oneTime = lines.get(1).substring("一次性密码：".length(), "一次性密码：".length() + 16);

        String hash = query("select password_hash from app_user where username = ?", String.class, "wang.fang");
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(oneTime);
        assertThat(encoder.matches(oneTime, hash)).isTrue();
        assertThat(query("select must_change_password from app_user where username = ?", Boolean.class, "wang.fang"))
                .isTrue();

        CliRun listed = CliRun.of("user", "list", "--agency", "TEST-A");
        assertThat(listed.out()).isEqualTo("wang.fang\t王芳\t登记员、承办人\t待修改一次性密码" + System.lineSeparator());
        assertThat(CliRun.of("user", "list", "--agency", "TEST-B").out().strip()).isEqualTo("该机关还没有账户。");
        assertThat(audit()).containsExactly("USER_ADDED user:wang.fang 机关 TEST-A；角色 登记员、承办人");
        assertThat(String.join("", audit()) + added.err()).doesNotContain(oneTime.substring(4));
    }

    @Test
    void aPasswordFromStandardInputMustMeetThePolicyAndNeedNotBeChanged() {
        CliRun weak = withStdin("short1A\n", "user", "add", "--agency", "TEST-A", "--name", "li", "--roles", "ADMIN",
                "--password-stdin");
        assertThat(weak.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(weak.err().strip()).isEqualTo("错误：密码至少需要 12 个字符，现有 7 个。");
        assertThat(query("select count(*) from app_user", Integer.class)).isZero();

        CliRun good = withStdin("Gongkai-Office-2026\n", "user", "add", "--agency", "TEST-A", "--name", "li",
                "--roles", "管理员,APPROVER", "--password-stdin");
        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(good.out().strip()).isEqualTo("已添加账户 li。");
        assertThat(CliRun.of("user", "list", "--agency", "TEST-A").out().strip()).isEqualTo("li\tli\t审批人、管理员\t正常");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("Gongkai-Office-2026",
                query("select password_hash from app_user where username = ?", String.class, "li"))).isTrue();
    }

    @Test
    void disableEnableAndResetAreAuditedAndRefusedTwice() {
        assertThat(withStdin("Gongkai-Office-2026\n", "user", "add", "--agency", "TEST-A", "--name", "zhao",
                "--roles", "HANDLER", "--password-stdin").exitCode()).isZero();
        assertThat(CliRun.of("user", "disable", "--agency", "TEST-A", "--name", "zhao").out().strip())
                .isEqualTo("已停用账户 zhao。");
        CliRun again = CliRun.of("user", "disable", "--agency", "TEST-A", "--name", "zhao");
        assertThat(again.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(again.err().strip()).isEqualTo("错误：账户“zhao”已经停用。");
        assertThat(CliRun.of("user", "list", "--agency", "TEST-A").out().strip()).isEqualTo("zhao\tzhao\t承办人\t已停用");
        assertThat(CliRun.of("user", "enable", "--agency", "TEST-A", "--name", "zhao").out().strip())
                .isEqualTo("已启用账户 zhao。");

        CliRun reset = CliRun.of("user", "reset-password", "--agency", "TEST-A", "--name", "zhao");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.out()).startsWith("已重置账户 zhao 的密码。" + System.lineSeparator() + "一次性密码：");
        assertThat(query("select must_change_password from app_user where username = ?", Boolean.class, "zhao")).isTrue();

        CliRun otherAgency = CliRun.of("user", "disable", "--agency", "TEST-B", "--name", "zhao");
        assertThat(otherAgency.err().strip()).isEqualTo("错误：机关 TEST-B 没有用户名为“zhao”的账户。");
        assertThat(audit()).containsExactly("USER_ADDED user:zhao 机关 TEST-A；角色 承办人", "USER_DISABLED user:zhao ",
                "USER_ENABLED user:zhao ", "USER_PASSWORD_RESET user:zhao ");
    }

    @Test
    void aSystemAdministratorBelongsToNoAgency() {
        CliRun added = CliRun.of("user", "add", "--system-admin", "--name", "root-admin");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("已添加账户 root-admin。");
        assertThat(query("select count(*) from app_user where username = 'root-admin' and agency is null", Integer.class))
                .isEqualTo(1);
        assertThat(query("select role from user_role where username = 'root-admin'", String.class))
                .isEqualTo("SYSTEM_ADMIN");
    }

    @Test
    void anAgencyIsAddedUnderItsParentAndGetsItsFirstAdministrator() {
        CliRun added = CliRun.of("agency", "add", "--code", "TEST-C", "--name", " 测试市卫生健康委员会 ", "--parent", "TEST-A");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out().strip()).isEqualTo("已添加机关 TEST-C（测试市卫生健康委员会）。");
        assertThat(query("select parent from agency where code = 'TEST-C'", String.class)).isEqualTo("TEST-A");
        assertThat(CliRun.of("user", "add", "--agency", "TEST-C", "--name", "admin-c", "--roles", "ADMIN").exitCode())
                .isZero();
        assertThat(CliRun.of("user", "list", "--agency", "TEST-C").out().strip())
                .isEqualTo("admin-c\tadmin-c\t管理员\t待修改一次性密码");

        assertBad(CliRun.of("agency", "add", "--code", "TEST-C", "--name", "另一个"), "错误：机关代码“TEST-C”已被使用。");
        assertBad(CliRun.of("agency", "add", "--code", "TEST-D", "--name", "某局", "--parent", "NO-SUCH"),
                "错误：数据库中没有代码为“NO-SUCH”的上级机关。");
        assertBad(CliRun.of("agency", "add", "--code", "测试", "--name", "某局"),
                "错误：机关代码只能由字母、数字和 . _ - 组成，以字母或数字开头，最多 64 个字符。");
        assertThat(query("select count(*) from agency", Integer.class)).isEqualTo(3);
        try (Database db = Database.open(new DatabaseSettings(url, "sa", "", 2))) {
            assertThat(db.jdbc().sql("select detail from audit_log where action = 'AGENCY_ADDED'").query(String.class)
                    .list()).containsExactly("测试市卫生健康委员会；上级机关 TEST-A");
        }
    }

    @Test
    void badInputIsOneChineseLineWithExitCode2AndNothingIsWritten() {
        assertBad(CliRun.of("user", "add", "--agency", "TEST-A", "--name", "x1", "--roles", "BOSS"),
                "错误：--roles：没有名为“BOSS”的角色；可用的角色：REGISTRAR、HANDLER、APPROVER、ADMIN、PUBLISHER、SUPERVISOR");
        assertBad(CliRun.of("user", "add", "--agency", "TEST-A", "--name", "X Y", "--roles", "HANDLER"),
                "错误：用户名只能由小写字母、数字和 . _ - 组成，以字母或数字开头，长度 2 至 64 个字符。");
        assertBad(CliRun.of("user", "add", "--agency", "NO-SUCH", "--name", "abc", "--roles", "HANDLER"),
                "错误：数据库中没有代码为“NO-SUCH”的机关。");
        assertBad(CliRun.of("user", "add", "--agency", "TEST-A", "--name", "abc", "--roles", "SYSTEM_ADMIN"),
                "错误：系统管理员不属于任何机关，请用 --system-admin 添加。");
        assertBad(CliRun.of("user", "list", "--agency", "NO-SUCH"), "错误：--agency：数据库中没有代码为“NO-SUCH”的机关");
        assertThat(CliRun.of("user", "add", "--agency", "TEST-A", "--name", "abc", "--roles", "HANDLER").exitCode()).isZero();
        assertBad(CliRun.of("user", "add", "--agency", "TEST-B", "--name", "abc", "--roles", "HANDLER"),
                "错误：用户名“abc”已被使用。");
        CliRun both = CliRun.of("user", "add", "--system-admin", "--agency", "TEST-A", "--roles", "HANDLER", "--name", "q1");
        assertThat(both.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(query("select count(*) from app_user", Integer.class)).isEqualTo(1);
        assertThat(audit()).hasSize(1);
    }

    private static void assertBad(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(GongkaiCommand.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo(message);
    }
}
