package io.promoplatform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.BrowserTestSupport;
import io.promoplatform.web.support.InBrowser;
import io.promoplatform.web.support.OnH2;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The admin's whole story in one Chromium session, as the people who use it would live it: a marketer
 * builds and submits a rule and cannot approve it; an approver approves it from the inbox and ships it
 * in a release; a storefront's quote carries it; an auditor finds that quote, reads its trace and the
 * rule's and release's audit events, and cannot change anything, not even with a real CSRF token.
 * Every step leaves a screenshot under target/browser-screenshots/JourneyInBrowserTest.
 */
@OnH2
@InBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyInBrowserTest extends BrowserTestSupport {

    private static final String SKU = "OJ-TROP-64";
    private static final String PERCENT = "15";

    Api api;

    @BeforeAll
    void api() {
        api = new Api(port);
    }

    @Test
    void aRuleGoesFromMarketerThroughApproverAndStorefrontToAuditor() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String ruleName = "Journey " + PERCENT + "% Tropicana " + tag;
        String customer = "JRN-" + tag;

        String ruleId = marketerBuildsAndSubmits(ruleName);
        long release = approverApprovesAndReleases(ruleId, ruleName, tag);
        JsonNode quote = storefrontQuotes(customer, ruleId, release);
        auditorFindsTheQuoteAndItsHistory(quote, customer, ruleId, ruleName, release);
        auditorCannotChangeAnything(ruleId, tag);
    }

    // a. the marketer ---------------------------------------------------------------------------------

    private String marketerBuildsAndSubmits(String ruleName) {
        browser.signIn("marketer", "marketer-demo");
        browser.screenshot("marketer-dashboard");
        browser.click(By.id("link-new-rule"));
        browser.waitFor(By.id("rule-form"));
        browser.type(By.id("name"), ruleName);
        browser.selectValue(By.id("skus"), SKU);
        browser.selectValue(By.id("effectType"), "PERCENT_OFF");
        browser.type(By.id("percent"), PERCENT);
        browser.screenshot("marketer-builds-rule");
        browser.click(By.id("save-rule"));
        browser.waitFor(By.id("flash-success"));
        assertThat(browser.path()).matches("/rules/R-\\d+");
        String ruleId = browser.path().substring("/rules/".length());
        assertThat(browser.text(By.id("rule-state"))).isEqualTo("Draft");
        browser.screenshot("marketer-saved-draft");

        browser.click(By.id("submit-rule"));
        browser.waitForText(By.id("rule-state"), "Pending approval");
        browser.screenshot("marketer-submitted");

        // the author is offered no way to decide: no button on the rule, no inbox, and the decision page is refused
        assertThat(browser.present(By.id("decide-rule"))).isFalse();
        assertThat(browser.present(By.id("nav-approvals"))).isFalse();
        browser.go("/approvals/" + ruleId);
        assertThat(browser.text(By.id("problem-message"))).contains("roles do not open");
        assertThat(browser.present(By.id("approve"))).isFalse();
        browser.screenshot("marketer-cannot-approve-own-rule");
        browser.go("/rules/" + ruleId);
        assertThat(browser.text(By.id("rule-state"))).isEqualTo("Pending approval");
        return ruleId;
    }

    // b. the approver ---------------------------------------------------------------------------------

    private long approverApprovesAndReleases(String ruleId, String ruleName, String tag) {
        browser.signIn("approver", "approver-demo");
        browser.click(By.id("nav-approvals"));
        // the inbox lists the oldest submission first; other tests' submissions may fill earlier pages
        while (!browser.present(By.id("review-" + ruleId))) {
            assertThat(browser.present(By.id("page-next"))).as("submission %s in the inbox", ruleId).isTrue();
            browser.click(By.id("page-next"));
        }
        WebElement submission = browser.find(By.cssSelector("[data-rule='" + ruleId + "']"));
        assertThat(submission.getText()).contains(ruleName).contains("marketer").contains(PERCENT + "%")
                .contains("SKUs " + SKU);
        scrollTo(submission);
        browser.screenshot("approver-inbox");
        browser.click(By.id("review-" + ruleId));
        browser.waitFor(By.id("approve"));
        browser.type(By.id("approve-comment"), "Journey " + tag + ": fine");
        browser.screenshot("approver-reviews");
        browser.click(By.id("approve"));
        browser.waitFor(By.id("flash-success"));
        assertThat(browser.text(By.id("flash-success"))).contains(ruleId);
        browser.screenshot("approver-approved");

        // a cart priced before the release, which the candidate's replay re-prices
        assertThat(api.post("/api/v1/quotes").bearer("demo-storefront-key").json("""
                {"channel":"web","lines":[{"sku":"%s","quantity":2}]}""".formatted(SKU)).send().status())
                .isEqualTo(200);
        long before = api.activeRelease();
        browser.click(By.id("nav-dashboard"));
        browser.click(By.id("link-new-release"));
        browser.type(By.id("comment"), "Journey release " + tag);
        browser.click(By.id("rule-" + ruleId));
        scrollTo(browser.find(By.id("rule-" + ruleId)));
        browser.screenshot("approver-chooses-rule");
        browser.click(By.id("preview-candidate"));
        browser.waitFor(By.id("candidate-rules"));
        assertThat(browser.all(By.cssSelector("#candidate-rules tbody tr[data-rule]"))).hasSize(1);
        assertThat(browser.text(By.id("candidate-rules"))).contains(ruleId).contains(ruleName);
        assertThat(Integer.parseInt(browser.text(By.id("replay-quotes")))).isGreaterThanOrEqualTo(1);
        assertThat(api.activeRelease()).as("a candidate is not live").isEqualTo(before);
        browser.screenshot("approver-candidate-with-replay");

        browser.clickAndConfirm(By.id("create-and-activate"));
        browser.waitFor(By.id("flash-success"));
        long release = api.activeRelease();
        assertThat(release).isGreaterThan(before);
        assertThat(browser.text(By.id("flash-success"))).contains("Release " + release + " is live");
        browser.screenshot("approver-release-live");

        browser.click(By.id("nav-dashboard"));
        assertThat(browser.text(By.id("active-release-number"))).isEqualTo("Release " + release);
        assertThat(browser.text(By.id("active-release"))).contains("Journey release " + tag);
        assertThat(browser.text(By.id("active-release-activated"))).contains("by approver");
        browser.screenshot("approver-dashboard-active-release");
        return release;
    }

    // c. the storefront -------------------------------------------------------------------------------

    private JsonNode storefrontQuotes(String customer, String ruleId, long release) {
        assertThat(api.put("/api/v1/admin/customers/" + customer).as("marketer")
                .json("{\"segment\":\"value-suburban\",\"tags\":[]}").send().status()).isEqualTo(200);
        Api.Reply reply = api.post("/api/v1/quotes").bearer("demo-storefront-key").json("""
                {"channel":"web","customerId":"%s","lines":[{"sku":"%s","quantity":2}]}"""
                .formatted(customer, SKU)).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode quote = reply.json();
        assertThat(quote.get("release").asLong()).isEqualTo(release);
        JsonNode line = quote.get("lines").get(0);
        BigDecimal listTotal = new BigDecimal(line.get("listTotal").asString());
        BigDecimal discount = listTotal.multiply(new BigDecimal(PERCENT)).movePointLeft(2)
                .setScale(2, RoundingMode.HALF_EVEN);
        assertThat(line.get("adjustments")).hasSize(1);
        JsonNode adjustment = line.get("adjustments").get(0);
        assertThat(adjustment.get("ruleId").asString()).isEqualTo(ruleId);
        assertThat(adjustment.get("amount").asString()).isEqualTo(discount.negate().toPlainString());
        assertThat(line.get("lineDiscount").asString()).isEqualTo(discount.toPlainString());
        assertThat(quote.get("total").asString()).isEqualTo(listTotal.subtract(discount).toPlainString());
        assertThat(quote.get("appliedRules").get(0).get("ruleId").asString()).isEqualTo(ruleId);
        assertThat(quote.get("modelVersion").isNull()).as("the shipped model covers %s", SKU).isFalse();
        assertThat(line.get("signals").get("elasticity").isNumber()).isTrue();
        return quote;
    }

    // d. the auditor reads ----------------------------------------------------------------------------

    private void auditorFindsTheQuoteAndItsHistory(JsonNode quote, String customer, String ruleId, String ruleName,
            long release) {
        String quoteId = quote.get("quoteId").asString();
        browser.signIn("auditor", "auditor-demo");
        browser.click(By.id("nav-quotes"));
        browser.type(By.id("customer"), customer);
        browser.click(By.id("quote-search"));
        browser.waitFor(By.linkText(quoteId));
        assertThat(browser.all(By.cssSelector("#quotes tr.quote"))).hasSize(1);
        assertThat(browser.text(By.id("quote-count"))).startsWith("1 quote matches");
        browser.screenshot("auditor-finds-quote");
        browser.click(By.linkText(quoteId));

        assertThat(browser.path()).isEqualTo("/quotes/" + quoteId);
        assertThat(browser.text(By.id("q-customer"))).isEqualTo(customer);
        String currency = quote.get("currency").asString();
        assertThat(browser.text(By.id("q-list"))).isEqualTo(quote.get("listTotal").asString() + " " + currency);
        assertThat(browser.text(By.id("q-discount"))).isEqualTo(quote.get("discountTotal").asString() + " " + currency);
        assertThat(browser.text(By.id("q-total"))).isEqualTo(quote.get("total").asString() + " " + currency);
        assertThat(browser.text(By.id("q-release-link"))).contains(Long.toString(release));
        assertThat(browser.find(By.id("q-release-link")).getAttribute("href")).endsWith("/releases/" + release);
        assertThat(browser.text(By.id("q-model"))).isEqualTo(quote.get("modelVersion").asString());
        JsonNode signals = quote.get("lines").get(0).get("signals");
        List<String> shown = browser.all(By.cssSelector("#line-1 td.signal")).stream().map(WebElement::getText).toList();
        assertThat(shown).hasSize(2);
        // the page shows signals to three decimals
        assertThat(shown.get(0)).isEqualTo(threeDecimals(signals.get("elasticity")));
        assertThat(shown.get(1)).isEqualTo(threeDecimals(signals.get("baselineUnits")));
        assertThat(browser.text(By.id("line-1"))).contains(ruleName).contains(quote.get("discountTotal").asString());
        assertThat(browser.text(By.id("q-steps"))).contains(ruleName + " (" + ruleId + " r1)");
        browser.screenshot("auditor-quote-trace");

        browser.click(By.id("nav-audit"));
        assertThat(browser.text(By.id("verdict-status"))).isEqualTo("OK");
        browser.screenshot("auditor-chain-verified");
        assertThat(auditTrail("rule", ruleId)).containsExactlyInAnyOrder(
                "marketer rule.create", "marketer rule.submit", "approver rule.approve");
        browser.screenshot("auditor-rule-events");
        assertThat(auditTrail("release", Long.toString(release))).containsExactlyInAnyOrder(
                "approver release.create", "approver release.activate");
        browser.screenshot("auditor-release-events");
    }

    /** Filters the audit page to one entity; answers "actor action" of each event listed. */
    private List<String> auditTrail(String entityType, String entityId) {
        browser.selectValue(By.id("entityType"), entityType);
        browser.type(By.id("entityId"), entityId);
        browser.selectValue(By.id("action"), "");
        browser.click(By.id("audit-filter-submit"));
        browser.waitFor(By.id("audit-count"));
        assertThat(browser.text(By.id("verdict-status"))).isEqualTo("OK");
        return browser.all(By.cssSelector("#audit-events tr.event")).stream().map(row -> {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(4).getText()).isEqualTo(entityType + " " + entityId);
            return cells.get(2).getText() + " " + cells.get(3).getText();
        }).toList();
    }

    // e. the auditor cannot write ---------------------------------------------------------------------

    private void auditorCannotChangeAnything(String ruleId, String tag) {
        browser.click(By.id("nav-rules"));
        assertThat(browser.present(By.id("new-rule"))).isFalse();
        assertThat(browser.present(By.id("new-drl-rule"))).isFalse();
        browser.go("/rules/" + ruleId);
        assertThat(browser.text(By.id("rule-state"))).isEqualTo("Approved");
        for (String button : List.of("edit-rule", "edit-drl", "submit-rule", "retire-rule", "decide-rule", "preview")) {
            assertThat(browser.present(By.id(button))).as(button).isFalse();
        }
        browser.screenshot("auditor-rule-read-only");
        browser.click(By.id("nav-catalog"));
        assertThat(browser.present(By.id("products"))).isTrue();
        assertThat(browser.present(By.id("product-new"))).isFalse();
        assertThat(browser.present(By.id("catalog-import"))).isFalse();
        assertThat(browser.present(By.cssSelector(".edit-product"))).isFalse();
        browser.screenshot("auditor-catalog-read-only");
        browser.click(By.id("nav-campaigns"));
        assertThat(browser.present(By.id("campaign-new"))).isFalse();
        assertThat(browser.present(By.id("campaign-edit"))).isFalse();
        browser.click(By.id("nav-releases"));
        assertThat(browser.present(By.id("new-release"))).isFalse();
        assertThat(browser.present(By.cssSelector(".activate-link"))).isFalse();

        browser.go("/rules/new");
        assertThat(browser.text(By.tagName("h1"))).startsWith("403");
        assertThat(browser.text(By.id("problem-message"))).contains("roles do not open");
        assertThat(browser.present(By.id("rule-form"))).isFalse();
        browser.screenshot("auditor-new-rule-forbidden");

        // a forged form post carrying the auditor's own, valid CSRF token: the role refuses it
        browser.go("/rules/" + ruleId);
        String sku = "JRN-" + tag.toUpperCase();
        assertThat(postWithPageToken("/rules/" + ruleId + "/retire", "")).isEqualTo("403");
        assertThat(postWithPageToken("/catalog/products", "sku=" + sku + "&name=Forged&brand=X&category=juice"
                + "&listPrice=1.00&cost=0.50&currency=USD")).isEqualTo("403");
        assertThat(postWithPageToken("/approvals/" + ruleId + "/reject", "comment=forged")).isEqualTo("403");
        browser.go("/rules/" + ruleId);
        assertThat(browser.text(By.id("rule-state"))).isEqualTo("Approved");
        assertThat(api.get("/api/v1/admin/products/" + sku).as("auditor").send().status()).isEqualTo(404);
        browser.go("/audit");
        assertThat(auditTrail("rule", ruleId)).hasSize(3);
        browser.screenshot("auditor-forged-posts-changed-nothing");

        // the same token is genuine: signing out with it is accepted
        assertThat(postWithPageToken("/logout", "")).isEqualTo("redirect");
        browser.go("/");
        assertThat(browser.path()).startsWith("/login");
    }

    /**
     * Posts a form from the current page with the CSRF token of its sign-out form, as a script on the
     * page could; answers the HTTP status, or "redirect" for a redirect (which fetch does not follow here).
     */
    private String postWithPageToken(String path, String form) {
        Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var token = document.querySelector('#sign-out').form.querySelector('input[name=_csrf]').value;
                var body = arguments[1] + (arguments[1] ? '&' : '') + '_csrf=' + encodeURIComponent(token);
                fetch(arguments[0], {method: 'POST', redirect: 'manual', credentials: 'same-origin',
                        headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: body})
                    .then(function (r) { done(r.type === 'opaqueredirect' ? 'redirect' : String(r.status)); })
                    .catch(function (e) { done('failed: ' + e); });
                """, path, form);
        return String.valueOf(status);
    }

    private static String threeDecimals(JsonNode number) {
        return new BigDecimal(number.asString()).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
    }
}
