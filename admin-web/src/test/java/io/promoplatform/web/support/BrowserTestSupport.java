package io.promoplatform.web.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every {@link InBrowser} test class shares: one Chromium for the class, opened on the server's
 * port before its first test and closed after its last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeAll
    protected void openBrowser() {
        browser = Browser.open(port, getClass());
    }

    @AfterAll
    protected void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
