package io.promoplatform.web.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.Browser;
import io.promoplatform.web.support.BrowserTestSupport;
import io.promoplatform.web.support.InBrowser;
import io.promoplatform.web.support.OnH2;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * An approver in Chromium: chooses an approved rule, sees the candidate and its replay, creates and
 * activates it after confirming, sees it on the dashboard, then rolls back with confirmation.
 */
@OnH2
@InBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleasesInBrowserTest extends BrowserTestSupport {

    @Test
    void anApproverCreatesAndActivatesACandidateThenRollsBack() {
        Api api = new Api(port);
        String sku = "RB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        api.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Browser juice","brand":"TestBrand","category":"test","listPrice":"4.00","cost":"2.00",
                 "currency":"USD"}""").send();
        String ruleId = api.post("/api/v1/admin/rules").as("marketer").json("""
                {"name":"Browser quarter off","kind":"PROMOTION","priority":100,"conditions":{"skus":["%s"]},
                 "effect":{"type":"PERCENT_OFF","percent":"25"}}""".formatted(sku)).send().text("/id");
        api.post("/api/v1/admin/rules/" + ruleId + "/submit").as("marketer").send();
        api.post("/api/v1/admin/rules/" + ruleId + "/approve").as("approver").json("{}").send();
        for (int i = 1; i <= 4; i++) {
            api.post("/api/v1/quotes").bearer("demo-storefront-key")
                    .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + i + "}]}").send();
        }
        long before = api.activeRelease();

        browser.signIn("approver", "approver-demo");
        browser.click(By.id("link-new-release"));
        browser.type(By.id("comment"), "Browser release " + sku);
        browser.click(By.id("rule-" + ruleId));
        browser.screenshot("new-release-form");
        browser.click(By.id("preview-candidate"));

        browser.waitFor(By.id("candidate-rules"));
        assertThat(browser.text(By.id("candidate-rules"))).contains(ruleId).contains("Browser quarter off");
        assertThat(Integer.parseInt(browser.text(By.id("replay-quotes")))).isGreaterThanOrEqualTo(4);
        assertThat(browser.text(By.id("replay-changed"))).contains("16.00").contains("12.00");
        assertThat(browser.present(By.cssSelector("#replay-chart"))).isTrue();
        assertThat(api.activeRelease()).isEqualTo(before);
        browser.screenshot("candidate-with-replay");

        browser.clickAndConfirm(By.id("create-and-activate"));

        browser.waitFor(By.id("flash-success"));
        long created = api.activeRelease();
        assertThat(created).isGreaterThan(before);
        assertThat(browser.text(By.id("flash-success"))).contains("Release " + created + " is live");
        assertThat(browser.present(By.id("active-badge"))).isTrue();
        browser.screenshot("created");
        browser.go("/");
        assertThat(browser.text(By.id("active-release-number"))).isEqualTo("Release " + created);
        assertThat(browser.text(By.id("active-release-activated"))).contains("by approver");
        browser.screenshot("dashboard-after-create");

        // quotes priced by the new release: rolling back would take their discount away
        for (int i = 1; i <= 2; i++) {
            api.post("/api/v1/quotes").bearer("demo-storefront-key")
                    .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":4}]}").send();
        }
        browser.go("/releases/" + before);
        browser.click(By.id("activate-release"));
        browser.waitFor(By.id("confirm-activate"));
        assertThat(browser.text(By.id("release-diff"))).contains(ruleId).contains("removed");
        assertThat(browser.text(By.id("replay-discount-change"))).startsWith("-");
        browser.screenshot("rollback-confirmation");
        browser.clickAndConfirm(By.id("confirm-activate"));

        browser.waitFor(By.id("flash-success"));
        assertThat(browser.text(By.id("flash-success"))).contains("Rolled back").contains("release " + before);
        assertThat(api.activeRelease()).isEqualTo(before);
        browser.go("/");
        assertThat(browser.text(By.id("active-release-number"))).isEqualTo("Release " + before);
        browser.screenshot("dashboard-after-rollback");
    }
}
