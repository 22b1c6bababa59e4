package org.gongkai.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoAlertPresentException;

/** What a real browser does with hostile text and with the session cookie across a login. */
@BrowserTest
class BrowserSecurityTests extends BrowserSession {


    private static void noAlert() {
        try {
            browser.driver.switchTo().alert();
            throw new AssertionError("a script from user input ran");
        } catch (NoAlertPresentException expected) {
            // The hostile text stayed text.
        }
    }

    @Test
    void aHostileTitleAndDescriptionAreShownAsText() {
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        browser.signIn("editor-a");
        browser.get("/console/publications");
        browser.type("title", hostile);
        browser.choose("kind", "OTHER");
        browser.choose("article20Item", "15");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('issuedOn').value = '2025-05-30'");
        browser.submit("main form.stack button[type=submit]");
        noAlert();
        assertThat(browser.find("#drafts").getText()).contains(hostile);

        browser.driver.manage().deleteAllCookies();
        browser.get("/agencies/" + WebTestData.A + "/apply");
        browser.type("name", hostile);
        browser.submit("main form button[type=submit]");
        noAlert();
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo(hostile);
    }

    @Test
    void signingInGivesANewSessionCookie() {
        browser.driver.manage().deleteAllCookies();
        browser.get("/login");
        Cookie before = browser.driver.manage().getCookieNamed("JSESSIONID");
        browser.type("username", "clerk-a");
        browser.type("password", WebTestData.PASSWORD);
        browser.submit("main form button[type=submit]");
        Cookie after = browser.driver.manage().getCookieNamed("JSESSIONID");
        assertThat(before).isNotNull();
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
    }
}
