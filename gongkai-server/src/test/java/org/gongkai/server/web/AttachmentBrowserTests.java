package org.gongkai.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.server.testing.SampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file travels through the real server: uploaded in the multipart draft form (its CSRF token read by Spring
 * Security from the multipart body), reviewed, published and downloaded from the portal.
 */
@BrowserTest
class AttachmentBrowserTests extends BrowserSession {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void anUploadedPdfIsReviewedPublishedAndDownloaded() throws Exception {
        Path pdf = dir.resolve("绩效评价指标.pdf");
        Files.write(pdf, SampleFiles.pdf());
        browser.signIn("editor-a");
        browser.get("/console/publications");
        browser.type("title", "测试市文化场馆绩效评价结果");
        browser.choose("kind", "OTHER");
        browser.choose("article20Item", "7");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('issuedOn').value = '2025-05-26'");
        browser.type("topic", "文化、体育");
        browser.type("keywords", "绩效评价，文化场馆");
        browser.type("body", "现将评价结果公开如下，指标详见附件。");
        browser.driver.findElement(By.id("files")).sendKeys(pdf.toString());
        browser.submit("main form.stack button[type=submit]");
        assertThat(browser.find("#drafts").getText()).contains("测试市文化场馆绩效评价结果");

        browser.signIn("publisher-a");
        browser.get("/console/publications");
        By row = By.xpath("//table[@id='drafts']//tr[td[contains(., '测试市文化场馆绩效评价结果')]]");
        browser.driver.findElement(row).findElement(By.tagName("summary")).click();
        assertThat(browser.driver.findElement(row).getText()).contains("现将评价结果公开如下", "绩效评价指标.pdf");
        browser.screenshot("30-console-draft-attachments");
        browser.clickAndWait(browser.driver.findElement(row).findElement(By.tagName("button")));

        browser.driver.manage().deleteAllCookies();
        browser.get("/agencies/" + WebTestData.A + "/catalogue");
        browser.clickAndWait(browser.driver.findElement(By.linkText("测试市文化场馆绩效评价结果")));
        assertThat(browser.text()).contains("现将评价结果公开如下，指标详见附件。", "绩效评价指标.pdf", "文化、体育",
                "绩效评价、文化场馆");
        browser.screenshot("41-publication-attachments");
        String href = browser.driver.findElement(By.linkText("绩效评价指标.pdf")).getAttribute("href");

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.body()).isEqualTo(SampleFiles.pdf());
    }

    @Test
    void aMultipartDraftWithoutTheTokenIsRefused() throws IOException, InterruptedException {
        browser.signIn("editor-a");
        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        String boundary = "gongkai-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n无令牌\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/console/publications/drafts"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
