package io.promoplatform.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.Browser;
import io.promoplatform.web.support.BrowserTestSupport;
import io.promoplatform.web.support.InBrowser;
import io.promoplatform.web.support.OnH2;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A marketer plans a campaign in Chromium: creates it with segments, runs a plan and watches it solve,
 * reads the allocation and its curves, applies it after confirming, and sees a quote accepted through
 * the API burn the segment's budget.
 */
@OnH2
@InBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignPlannerInBrowserTest extends BrowserTestSupport {

    @Test
    void aMarketerCreatesPlansAndAppliesABudgetThenSeesAnAcceptedQuoteBurnIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String campaign = "browser-" + suffix;
        browser.signIn("marketer", "marketer-demo");
        browser.go("/campaigns");
        browser.click(By.id("campaign-new"));
        browser.type(By.id("id"), campaign);
        browser.type(By.id("name"), "Browser juice " + suffix);
        browser.type(By.id("budget"), "1000.00");
        browser.type(By.id("currency"), "USD");
        for (String segment : new String[] {"default", "seniors", "young-working"}) {
            browser.click(By.id("include-" + segment));
        }
        browser.type(By.id("min-default"), "200.00");
        browser.type(By.id("max-default"), "400.00");
        browser.type(By.id("max-seniors"), "6OO");
        browser.click(By.id("campaign-save"));

        assertThat(browser.text(By.cssSelector("[data-field='segments.seniors.max']"))).contains("decimal");
        assertThat(browser.find(By.id("max-seniors")).getAttribute("class")).contains("invalid");
        assertThat(browser.find(By.id("include-default")).isSelected()).as("the ticks survive the refusal").isTrue();
        browser.screenshot("editor-refused");
        browser.type(By.id("max-seniors"), "600.00");
        browser.screenshot("editor-filled");
        browser.click(By.id("campaign-save"));

        browser.waitFor(By.id("flash-success"));
        assertThat(browser.path()).isEqualTo("/campaigns/" + campaign);
        assertThat(browser.text(By.id("budget-default"))).contains("200.00").contains("400.00")
                .contains("shares the total");
        assertThat(browser.present(By.id("budget-urban-ethnic"))).isFalse();
        browser.screenshot("campaign-created");

        browser.type(By.id("secondsLimit"), "2");
        browser.type(By.id("step"), "50.00");
        browser.click(By.id("plan-run"));

        browser.waitFor(By.id("plan-progress"));
        assertThat(browser.path()).startsWith("/plans/P-");
        String planPath = browser.path();
        browser.screenshot("plan-solving");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("allocation")));
        assertThat(browser.text(By.id("plan-status"))).isEqualTo("done");
        assertThat(browser.text(By.id("plan-elapsed"))).endsWith("s");
        assertThat(browser.present(By.id("curve-default"))).as("the default segment's curve is drawn").isTrue();
        assertThat(browser.present(By.id("curve-seniors"))).isTrue();
        String planned = browser.text(By.cssSelector("#allocation-default .planned"));
        assertThat(planned).matches("\\d+\\.\\d{2}");
        assertThat(Double.parseDouble(planned)).isBetween(200.0, 400.0);
        browser.screenshot("plan-done");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView()", browser.find(By.id("curve-charts")));
        browser.screenshot("plan-curves");

        browser.click(By.id("plan-apply"));
        assertThat(browser.text(By.id("apply-default"))).contains("shares the total").contains(planned);
        browser.screenshot("apply-confirmation");
        browser.click(By.id("apply-confirm"));

        browser.waitFor(By.id("flash-success"));
        assertThat(browser.path()).isEqualTo("/campaigns/" + campaign);
        assertThat(browser.text(By.cssSelector("#budget-default .allocated"))).isEqualTo(planned);
        assertThat(browser.text(By.id("plans"))).contains(planPath.substring("/plans/".length())).contains("marketer");
        browser.screenshot("plan-applied");

        Api api = new Api(port);
        String sku = "BR-" + suffix.toUpperCase();
        assertThat(api.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Browser juice","brand":"BrowserBrand","category":"browser","listPrice":"10.00","cost":"2.00",
                 "currency":"USD"}""").send().status()).isEqualTo(200);
        String rule = api.post("/api/v1/admin/rules").as("marketer").json("""
                {"name":"Browser budgeted","kind":"PROMOTION","campaign":"%s","conditions":{"skus":["%s"]},
                 "effect":{"type":"AMOUNT_OFF_UNIT","amount":"1.00"}}""".formatted(campaign, sku)).send().text("/id");
        api.post("/api/v1/admin/rules/" + rule + "/submit").as("marketer").send();
        api.post("/api/v1/admin/rules/" + rule + "/approve").as("approver").json("{}").send();
        Api.Reply release = api.post("/api/v1/admin/releases").as("approver")
                .json("{\"comment\":\"browser campaign\",\"ruleIds\":[\"" + rule + "\"]}").send();
        assertThat(release.status()).as(release.body()).isEqualTo(201);
        Api.Reply quote = api.post("/api/v1/quotes").bearer("demo-storefront-key")
                .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":3}]}").send();
        assertThat(quote.status()).as(quote.body()).isEqualTo(200);
        assertThat(quote.text("/segment")).isEqualTo("default");
        Api.Reply accepted = api.post("/api/v1/quotes/" + quote.text("/quoteId") + "/accept")
                .bearer("demo-storefront-key").header("Idempotency-Key", "browser-" + suffix).json("").send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        browser.go("/campaigns/" + campaign);
        assertThat(browser.text(By.cssSelector("#budget-default .spent"))).isEqualTo("3.00");
        assertThat(browser.text(By.id("campaign-spent"))).isEqualTo("3.00");
        assertThat(browser.text(By.cssSelector("#budget-default .remaining")))
                .isEqualTo(new java.math.BigDecimal(planned).subtract(new java.math.BigDecimal("3.00")).toPlainString());
        assertThat(browser.present(By.id("burn-chart"))).isTrue();
        browser.screenshot("campaign-burn");

        browser.go("/campaigns");
        assertThat(browser.text(By.id("campaign-" + campaign))).contains("3.00").contains("running");
        browser.screenshot("campaign-list");
    }
}
