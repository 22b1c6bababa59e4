package org.gongkai.server.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.server.crash.ServerProcess;
import org.gongkai.server.store.DatabaseSettings;
import org.gongkai.server.store.TestDatabases;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walkthrough of a production install, step by step, each command a process of its own: on an
 * empty PostgreSQL database with the demo off, the first 系统管理员, an agency and its 管理员 from the command
 * line, then {@code serve}, and the 管理员 signs in with the one-time password, must choose their own, and works.
 */
class ProductionInstallTests {

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final Pattern ONE_TIME = Pattern.compile("一次性密码：(\\S{16})（首次登录后须修改）");
    private static final String CHOSEN = "Zhang-Wei-Office-2026";

    @TempDir
    Path dir;

    private DatabaseSettings db;

    private String gongkai(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.gongkai.server.cli.GongkaiCommand"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("SPRING_DATASOURCE_URL", db.url());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", db.username());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", db.password());
        builder.environment().put("GONGKAI_ENCRYPTION_KEY", KEY);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", args) + ":\n" + output).isZero();
        return output;
    }

    private static String oneTime(String output) {
        Matcher m = ONE_TIME.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group(1);
    }

    @Test
    void theWalkthroughGivesAWorkingLogin() throws Exception {
        db = TestDatabases.freshPostgresSettings();
        assertThat(gongkai("user", "add", "--system-admin", "--name", "platform-admin")).contains("已添加账户 platform-admin。");
        assertThat(gongkai("agency", "add", "--code", "SZ-ZFB", "--name", "某某市人民政府办公室"))
                .contains("已添加机关 SZ-ZFB（某某市人民政府办公室）。");
        String oneTime = oneTime(gongkai("user", "add", "--agency", "SZ-ZFB", "--name", "zhang.wei", "--display-name", "张伟",
                "--roles", "ADMIN"));

        ServerProcess server = ServerProcess.start(dir, List.of("--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
                "--gongkai.encryption.key=" + KEY));
        try {
            Browsing browsing = new Browsing(server);
            assertThat(browsing.login("zhang.wei", oneTime)).isEqualTo("/console");
            assertThat(browsing.get("/console").headers().firstValue("Location").orElseThrow()).endsWith("/console/password");
            HttpResponse<String> changed = browsing.post("/console/password",
                    Map.of("current", oneTime, "chosen", CHOSEN, "repeated", CHOSEN));
            assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/login?changed");
            assertThat(browsing.login("zhang.wei", CHOSEN)).isEqualTo("/console");
            HttpResponse<String> staff = browsing.get("/console/staff");
            assertThat(staff.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(staff.body()).select("#staff-zhang\\.wei td").get(2).text()).isEqualTo("正常");

            assertThat(gongkai("user", "disable", "--agency", "SZ-ZFB", "--name", "zhang.wei"))
                    .contains("已停用账户 zhang.wei。");
            assertThat(browsing.get("/console").headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?disabled");
            assertThat(new Browsing(server).login("zhang.wei", CHOSEN)).isEqualTo("/login?error");
        } finally {
            server.kill();
        }
        assertThat(Files.readString(dir.resolve("server.log"))).doesNotContain(oneTime, CHOSEN);
    }

    /** A browser's cookies and CSRF token over plain HTTP, redirects not followed. */
    private static final class Browsing {
        private final ServerProcess server;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        Browsing(ServerProcess server) {
            this.server = server;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String page = path.equals("/login") ? "/login" : "/console/password";
            String token = Jsoup.parse(get(page).body()).select("input[name=_csrf]").attr("value");
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", token);
            String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                    StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(server.uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Sign in and return the path and query the login redirects to. */
        String login(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> response = post("/login", Map.of("username", username, "password", password));
            URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
            return location.getPath() + (location.getQuery() == null ? "" : "?" + location.getQuery());
        }
    }
}
