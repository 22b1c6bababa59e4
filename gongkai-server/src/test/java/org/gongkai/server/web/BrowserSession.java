package org.gongkai.server.web;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One browser per browser test class, opened on the test server before the first test and closed after the last. */
abstract class BrowserSession {

    static Browser browser;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) throws IOException {
        browser = Browser.open(port);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
