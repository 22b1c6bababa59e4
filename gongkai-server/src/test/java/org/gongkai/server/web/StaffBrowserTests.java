package org.gongkai.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.server.cli.GongkaiCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * An administrator creates a handler, on 账户管理 and on the command line; the handler signs in with the
 * one-time password, must choose their own, works; disabled, cannot sign in. Each page passes axe-core.
 */
@BrowserTest
class StaffBrowserTests extends BrowserSession {

    private static final String CHOSEN = "Handler-Chosen-2026";
    private static final Pattern ONE_TIME = Pattern.compile("一次性密码：(\\S{16})（首次登录后须修改）");

    private void signIn(String username, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.get("/login");
        browser.type("username", username);
        browser.type("password", password);
        browser.submit("main form button[type=submit]");
    }

    private void assertAccessible() {
        assertThat(browser.seriousViolations()).as(browser.driver.getCurrentUrl()).isEmpty();
    }

    /** The handler's first login: the one-time password leads only to 修改密码; the chosen one to the inbox. */
    private void firstLoginAndWork(String username, String oneTime, String screenshots) throws IOException {
        signIn(username, oneTime);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/password");
        browser.get("/console");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/password");
        assertThat(browser.find("#must-change").getText())
                .isEqualTo("您使用的是一次性密码，请先设置自己的密码，然后才能使用工作台。");
        assertAccessible();
        browser.screenshot(screenshots + "-change-one-time-password");
        browser.type("current", oneTime);
        browser.type("chosen", CHOSEN);
        browser.type("repeated", CHOSEN);
        browser.submit("#save-password");
        assertThat(browser.text()).contains("密码已修改，请用新密码登录。");

        signIn(username, CHOSEN);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console");
        assertThat(browser.find("h1").getText()).isEqualTo("待办申请");
        assertAccessible();
    }

    private void cannotSignIn(String username) {
        signIn(username, CHOSEN);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login?error");
        assertThat(browser.text()).contains("用户名或密码不正确。");
    }

    @Test
    void aHandlerCreatedOnTheConsole() throws IOException {
        browser.signIn("manager-a");
        browser.get("/console/staff");
        assertAccessible();
        browser.screenshot("100-console-staff");
        browser.type("username", "he.yun");
        browser.type("displayName", "何云");
        browser.find("#new-role-HANDLER").click();
        browser.submit("#add-account");
        String oneTime = browser.find("#one-time-password code").getText();
        assertThat(browser.find("#staff-he\\.yun").getText()).contains("何云", "待修改一次性密码");
        assertAccessible();
        browser.screenshot("101-console-staff-one-time-password");

        firstLoginAndWork("he.yun", oneTime, "102");
        browser.screenshot("103-console-handler-inbox");

        browser.signIn("manager-a");
        browser.get("/console/staff");
        browser.submit("#staff-he\\.yun form[action$='/disable'] button");
        assertThat(browser.find("#staff-he\\.yun").getText()).contains("已停用");
        browser.screenshot("104-console-staff-disabled");
        cannotSignIn("he.yun");
    }

    @Test
    void aHandlerCreatedOnTheCommandLine() throws IOException {
        // The command line opens the same in-memory database as this server (the JVM's spring.datasource.url).
        String url = "jdbc:h2:mem:browsertests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        System.setProperty("spring.datasource.url", url);
        System.setProperty("gongkai.encryption.key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        try {
            String added = gongkai("user", "add", "--agency", WebTestData.A, "--name", "lu.qing", "--roles", "HANDLER");
            Matcher m = ONE_TIME.matcher(added);
            assertThat(m.find()).as(added).isTrue();
            firstLoginAndWork("lu.qing", m.group(1), "105");
            assertThat(gongkai("user", "disable", "--agency", WebTestData.A, "--name", "lu.qing"))
                    .isEqualTo("已停用账户 lu.qing。" + System.lineSeparator());
            cannotSignIn("lu.qing");
        } finally {
            System.clearProperty("spring.datasource.url");
            System.clearProperty("gongkai.encryption.key");
        }
    }

    private static String gongkai(String... args) {
        CommandLine cli = GongkaiCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        return out.toString();
    }
}
