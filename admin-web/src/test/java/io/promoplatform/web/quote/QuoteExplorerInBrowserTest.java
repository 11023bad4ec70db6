package io.promoplatform.web.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.BrowserTestSupport;
import io.promoplatform.web.support.InBrowser;
import io.promoplatform.web.support.OnH2;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/** An auditor finds a storefront's quote by its customer and reads why it got its price. */
@OnH2
@InBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteExplorerInBrowserTest extends BrowserTestSupport {

    @Test
    void anAuditorFindsAQuoteByCustomerAndOpensItsTrace() {
        Api api = new Api(port);
        String customer = "QEB-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.put("/api/v1/admin/customers/" + customer).as("marketer")
                .json("{\"segment\":\"value-suburban\",\"tags\":[\"vip\"]}").send().status()).isEqualTo(200);
        Api.Reply quote = api.post("/api/v1/quotes").bearer("demo-storefront-key").json("""
                {"channel":"web","customerId":"%s","couponCodes":["NOPE10"],
                 "lines":[{"sku":"OJ-TROP-64","quantity":2},{"sku":"OJ-DOM-64","quantity":1}]}"""
                .formatted(customer)).send();
        assertThat(quote.status()).isEqualTo(200);
        String quoteId = quote.text("/quoteId");

        browser.signIn("auditor", "auditor-demo");
        browser.go("/quotes");
        browser.type(By.id("customer"), customer);
        browser.click(By.id("quote-search"));
        browser.waitForText(By.id("quote-count"), "1 quote matches");
        browser.screenshot("found-by-customer");
        browser.click(By.linkText(quoteId));

        assertThat(browser.path()).isEqualTo("/quotes/" + quoteId);
        assertThat(browser.text(By.id("q-customer"))).isEqualTo(customer);
        assertThat(browser.text(By.id("q-segment"))).contains("value-suburban").contains("the customer's segment");
        assertThat(browser.text(By.id("q-coupons"))).contains("NOPE10");
        assertThat(browser.text(By.id("q-total"))).contains(quote.text("/total"));
        assertThat(browser.all(By.cssSelector("#q-lines tbody tr"))).hasSize(2);
        assertThat(browser.find(By.id("q-release-link")).getAttribute("href"))
                .endsWith("/releases/" + quote.json().get("release").asLong());
        assertThat(browser.text(By.id("q-acceptance"))).contains("not accepted");
        browser.screenshot("trace");
        browser.click(By.cssSelector("#q-raw summary"));
        assertThat(browser.text(By.id("q-raw"))).contains("\"quoteId\" : \"" + quoteId + "\"").contains("\"trace\"");
        browser.screenshot("raw-json");
    }
}
