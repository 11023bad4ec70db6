package io.promoplatform.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.BrowserTestSupport;
import io.promoplatform.web.support.InBrowser;
import io.promoplatform.web.support.OnH2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/** The layout in Chromium: navigation follows the roles, a forbidden page says so, sign-out works. */
@OnH2
@InBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutInBrowserTest extends BrowserTestSupport {

    @Test
    void navigationShowsWhatEachRoleMayOpen() {
        browser.signIn("auditor", "auditor-demo");
        assertThat(browser.present(By.id("nav-audit"))).isTrue();
        assertThat(browser.present(By.id("nav-quotes"))).isTrue();
        assertThat(browser.present(By.id("nav-approvals"))).isFalse();
        browser.screenshot("auditor-home");

        browser.signIn("approver", "approver-demo");
        assertThat(browser.present(By.id("nav-approvals"))).isTrue();
        assertThat(browser.present(By.id("nav-audit"))).isFalse();
        browser.signOut();
        assertThat(browser.path()).startsWith("/login");
    }

    @Test
    void aForbiddenPageExplainsItselfWithoutInternals() {
        browser.signIn("auditor", "auditor-demo");
        browser.go("/rules/new");
        assertThat(browser.text(By.id("problem-message"))).contains("roles do not open");
        assertThat(browser.pageText()).doesNotContain("Exception").doesNotContain("at io.");
        browser.screenshot("forbidden");
    }

    @Test
    void anUnknownAddressIsANotFoundPage() {
        browser.signIn("marketer", "marketer-demo");
        browser.go("/no-such-page");
        assertThat(browser.text(By.id("problem-message"))).contains("nothing at this address");
    }
}
