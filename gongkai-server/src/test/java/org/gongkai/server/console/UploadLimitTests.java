package org.gongkai.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.server.publications.PublicationDrafts;
import org.gongkai.server.testing.SampleFiles;
import org.gongkai.server.web.Browser;
import org.gongkai.server.web.WebTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A draft form submission over the server's multipart limit, on the real server (MockMvc does not apply the limit):
 * a 413 page in Chinese with a way back, nothing stored. The limits are set low so the test sends little.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:uploadlimittests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.main.allow-bean-definition-overriding=true",
    "gongkai.demo.enabled=false",
    "gongkai.search.index-directory=target/index/${random.uuid}",
    "gongkai.encryption.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    "spring.servlet.multipart.max-request-size=1MB",
    "gongkai.publications.max-attachment-size=256KB"})
@Import(WebTestData.class)
class UploadLimitTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----gongkai-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    PublicationDrafts drafts;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void signIn() throws Exception {
        String token = csrf(send(HttpRequest.newBuilder(uri("/login")).build()).body());
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=editor-a&password=" + WebTestData.PASSWORD
                        + "&_csrf=" + token)).build());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
    }

    @Test
    void aSubmissionOverTheMultipartLimitGets413InChineseWithAWayBackAndNothingIsStored() throws Exception {
        int before = drafts.pending(WebTestData.A).size();

        HttpResponse<String> response = submitDraft("测试市超大附件通知", pdfOfSize(1024 * 1024 + 1));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("提交的内容过大", "一次提交合计不能超过 1 MB", "每个附件不超过 256 KB",
                "没有保存任何内容", "href=\"/console/publications\"");
        assertThat(drafts.pending(WebTestData.A)).hasSize(before);
    }

    @Test
    void aFileUnderTheMultipartLimitButOverTheAttachmentLimitGetsTheFormsOwnMessage() throws Exception {
        int before = drafts.pending(WebTestData.A).size();

        HttpResponse<String> response = submitDraft("测试市较大附件通知", pdfOfSize(300 * 1024));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"files-error\"", "附件“附件.pdf”有 300 KB，超过上限 256 KB。",
                "value=\"测试市较大附件通知\"", "每个不超过 256 KB，一次提交合计不超过 1 MB");
        assertThat(drafts.pending(WebTestData.A)).hasSize(before);
    }

    @Test
    void aBrowserShowsThePageEvenForAFileFarOverTheLimit(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("扫描件.pdf");
        Files.write(big, pdfOfSize(6 * 1024 * 1024));
        int before = drafts.pending(WebTestData.A).size();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("editor-a");
            browser.get("/console/publications");
            browser.type("title", "测试市扫描件通知");
            browser.driver.findElement(By.id("files")).sendKeys(big.toString());
            browser.submit("main form.stack button[type=submit]");

            assertThat(browser.text()).contains("提交的内容过大", "没有保存任何内容");
            assertThat(browser.seriousViolations()).as("axe-core on the 413 page").isEmpty();
            browser.clickAndWait(browser.driver.findElement(By.linkText("返回起草表单")));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/console/publications");
        }
        assertThat(drafts.pending(WebTestData.A)).hasSize(before);
    }

    private HttpResponse<String> submitDraft(String title, byte[] file) throws Exception {
        String token = csrf(send(HttpRequest.newBuilder(uri("/console/publications")).build()).body());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("_csrf", token, "title", title, "kind", "OTHER", "article20Item", "7",
                "issuedOn", "2025-05-20");
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"附件.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/console/publications/drafts"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A real PDF padded with a comment up to {@code size} bytes. */
    private static byte[] pdfOfSize(int size) {
        byte[] pdf = SampleFiles.pdf();
        byte[] padded = Arrays.copyOf(pdf, size);
        Arrays.fill(padded, pdf.length, size, (byte) ' ');
        return padded;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }
}
