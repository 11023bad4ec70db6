package io.promoplatform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.BrowserTestSupport;
import io.promoplatform.web.support.InBrowser;
import io.promoplatform.web.support.OnH2;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page a role reaches from its layout, in Chromium: the main navigation, the dashboard's
 * shortcuts, the catalog's sub-navigation and each of those pages' buttons. Each must answer without
 * an error page (the role was offered the link, so it must be allowed in), carry an {@code <h1>},
 * label every form control, and show no exception or stack trace.
 */
@OnH2
@InBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityAndErrorsInBrowserTest extends BrowserTestSupport {

    /** Links a role's layout offers: main navigation, dashboard shortcuts, catalog sub-navigation. */
    private static final String NAVIGATION = "header nav a, #main .quick-links a, #main .catalog-nav a";

    /** Form controls without a label: not wrapped in one, no label[for], no aria-label(ledby). */
    private static final String UNLABELLED = """
            var bad = [];
            document.querySelectorAll('input, select, textarea').forEach(function (el) {
              if (['hidden', 'submit', 'button', 'reset', 'image'].indexOf(el.type) >= 0) { return; }
              var label = el.closest('label')
                  || (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]'));
              var text = label ? label.textContent.trim()
                  : (el.getAttribute('aria-label') || '').trim()
                    || (el.getAttribute('aria-labelledby') ? 'labelledby' : '');
              if (!text) { bad.push(el.name || el.id || el.outerHTML.substring(0, 80)); }
            });
            return bad;
            """;

    /** The HTTP status of the current address, fetched again by the page itself. */
    private static final String STATUS = """
            var done = arguments[arguments.length - 1];
            fetch(location.href, {credentials: 'same-origin', redirect: 'manual'})
              .then(function (r) { done(r.type === 'opaqueredirect' ? 302 : r.status); })
              .catch(function () { done(-1); });
            """;


    @ParameterizedTest
    @ValueSource(strings = {"marketer", "approver", "auditor", "admin"})
    void everyPageARoleIsOfferedLoadsWithAHeadingLabelledControlsAndNoInternals(String role) {
        browser.signIn(role, role + "-demo");
        Set<String> pages = new LinkedHashSet<>(List.of("/"));
        pages.addAll(links(NAVIGATION));
        for (String page : List.copyOf(pages)) {
            browser.go(page);
            pages.addAll(links(NAVIGATION + ", #main a.button"));
        }
        assertThat(pages).as("pages %s reaches", role).hasSizeGreaterThan(5);

        SoftAssertions soft = new SoftAssertions();
        for (String page : pages) {
            browser.go(page);
            String where = role + " on " + page;
            String text = browser.pageText();
            soft.assertThat(browser.present(By.cssSelector("section.problem"))).as("%s: an error page: %s", where, text)
                    .isFalse();
            soft.assertThat(((Number) js().executeAsyncScript(STATUS)).intValue()).as("%s: status", where)
                    .isEqualTo(200);
            soft.assertThat(text).as("%s: internals", where).doesNotContain("Exception").doesNotContain("Whitelabel")
                    .doesNotContain("at io.promoplatform").doesNotContain("at org.springframework")
                    .doesNotContain("java.lang.");
            soft.assertThat(browser.all(By.tagName("h1"))).as("%s: h1", where).isNotEmpty();
            soft.assertThat(browser.all(By.tagName("h1")).stream().allMatch(h -> !h.getText().isBlank()))
                    .as("%s: h1 text", where).isTrue();
            soft.assertThat(unlabelled()).as("%s: controls without a label", where).isEmpty();
            browser.screenshot(role + page.replaceAll("[/?=&]", "_"));
        }
        soft.assertAll();
    }

    @Test
    void theSignInPageAndTheErrorPagesHaveAHeadingLabelsAndNoInternals() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign in");
        assertThat(unlabelled()).isEmpty();
        browser.screenshot("sign-in");

        browser.signIn("auditor", "auditor-demo");
        for (String page : List.of("/rules/new", "/no-such-page", "/rules/R-999999999", "/quotes/Q-NOPE",
                "/releases/not-a-number")) {
            browser.go(page);
            String text = browser.pageText();
            assertThat(browser.text(By.cssSelector("section.problem h1"))).as(page).matches("4\\d\\d .+");
            assertThat(browser.text(By.id("problem-message"))).as(page).isNotBlank();
            assertThat(text).as(page).doesNotContain("Exception").doesNotContain("at io.promoplatform")
                    .doesNotContain("java.lang.").doesNotContain("NumberFormat");
            browser.screenshot("error" + page.replaceAll("[/?=&]", "_"));
        }
    }

    /** Same-site page links matching {@code css}, without API, Swagger, CSV or sign-out addresses. */
    private List<String> links(String css) {
        String base = "http://localhost:" + port;
        List<String> out = new ArrayList<>();
        browser.all(By.cssSelector(css)).forEach(a -> {
            String href = a.getAttribute("href");
            if (href != null && href.startsWith(base)) {
                String path = href.substring(base.length()).replaceFirst("#.*$", "");
                if (!path.startsWith("/api/") && !path.startsWith("/swagger") && !path.startsWith("/v3/")
                        && !path.contains(".csv") && !path.startsWith("/logout") && !path.isEmpty()) {
                    out.add(path);
                }
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<String> unlabelled() {
        return (List<String>) js().executeScript(UNLABELLED);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}
