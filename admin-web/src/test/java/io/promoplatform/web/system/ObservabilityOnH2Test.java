package io.promoplatform.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.campaign.BudgetBurn;
import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.OnH2;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operations surface: /actuator/prometheus (ADMIN only) lists the platform's meters after a quote,
 * and every log line of a quote request carries the quote id.
 */
@OnH2
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityOnH2Test {

    private static final String KEY = "demo-storefront-key";

    @LocalServerPort
    int port;
    @Autowired
    BudgetBurn budgetBurn;
    @Autowired
    LoggingSystem logging;
    Api api;
    String sku;
    String campaign;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        sku = "OBS-" + suffix.toUpperCase();
        campaign = "obs-" + suffix;
        assertThat(api.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Metered juice","brand":"ObsBrand","category":"obs","listPrice":"10.00","cost":"2.00",
                 "currency":"USD"}""").send().status()).isEqualTo(200);
    }

    private void campaignWithReleasedRule() {
        assertThat(api.put("/api/v1/admin/campaigns/" + campaign).as("marketer").json("""
                {"name":"Metered","budget":"10.00","currency":"USD"}""").send().status()).isEqualTo(200);
        String rule = api.post("/api/v1/admin/rules").as("marketer").json("""
                {"name":"Metered rule","kind":"PROMOTION","campaign":"%s","conditions":{"skus":["%s"]},
                 "effect":{"type":"AMOUNT_OFF_UNIT","amount":"1.00"}}""".formatted(campaign, sku)).send().text("/id");
        api.post("/api/v1/admin/rules/" + rule + "/submit").as("marketer").send();
        api.post("/api/v1/admin/rules/" + rule + "/approve").as("approver").json("{}").send();
        assertThat(api.post("/api/v1/admin/releases").as("approver")
                .json("{\"comment\":\"metrics\",\"ruleIds\":[\"" + rule + "\"]}").send().status()).isEqualTo(201);
    }

    private Api.Reply quote(int quantity) {
        Api.Reply reply = api.post("/api/v1/quotes").bearer(KEY)
                .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}]}")
                .send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    @Test
    void prometheusListsQuoteLatencyFiringsReleaseModelBurnAndBacklogAfterAQuote() {
        campaignWithReleasedRule();
        long release = api.activeRelease();
        String quoteId = quote(3).text("/quoteId");
        assertThat(api.post("/api/v1/quotes/" + quoteId + "/accept").bearer(KEY).header("Idempotency-Key", quoteId)
                .json("").send().status()).isEqualTo(200);
        budgetBurn.refresh();

        Api.Reply scrape = api.get("/actuator/prometheus").as("admin").send();

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain");
        String text = scrape.body();
        assertThat(text).containsPattern("promo_quote_latency_seconds_bucket\\{[^}]*outcome=\"success\"[^}]*le=\"");
        assertThat(text).containsPattern("promo_quote_latency_seconds_count\\{[^}]*outcome=\"success\"[^}]*} [1-9]");
        assertThat(text).containsPattern("promo_rule_firings_total\\{[^}]*kind=\"PROMOTION\"[^}]*} [1-9]");
        assertThat(text).containsPattern("promo_release_active\\{[^}]*} " + release + "\\.0");
        assertThat(text).containsPattern("promo_model_active\\{[^}]*version=\"[^\"]+\"[^}]*} 1\\.0");
        // 3.00 of 10.00 spent
        assertThat(text).containsPattern("promo_campaign_budget_burn\\{[^}]*campaign=\"" + campaign + "\"[^}]*} 0\\.3");
        assertThat(text).containsPattern("promo_write_backlog\\{[^}]*} 0\\.0");
    }

    @Test
    void metricsAreForAdminsOnlyAndHealthIsPublic() {
        Api.Reply anonymous = api.get("/actuator/prometheus").send();
        Api.Reply marketer = api.get("/actuator/prometheus").as("marketer").send();
        Api.Reply storefront = api.get("/actuator/prometheus").bearer(KEY).send();
        Api.Reply health = api.get("/actuator/health").send();

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(marketer.status()).isEqualTo(403);
        assertThat(storefront.status()).isEqualTo(401);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    @Test
    void everyLogLineOfAQuoteRequestCarriesTheQuoteId(CapturedOutput output) {
        logging.setLogLevel("io.promoplatform.web.quote.QuoteObservation", LogLevel.DEBUG);
        try {
            String quoteId = quote(1).text("/quoteId");
            api.get("/api/v1/quotes/" + quoteId).bearer(KEY).send();

            assertThat(output.getOut().lines().filter(l -> l.contains("answered")).filter(l -> l.contains(quoteId)))
                    .anySatisfy(l -> assertThat(l).contains("[" + quoteId + "]").contains("POST quote answered 200"))
                    .anySatisfy(l -> assertThat(l).contains("[" + quoteId + "]")
                            .contains("GET stored quote answered 200"));
            // the id is cleared with the request: a hostile path is not logged as a quote id
            api.get("/api/v1/quotes/Q-%0Aforged").bearer(KEY).send();
            assertThat(output.getOut()).doesNotContain("forged]");
        } finally {
            logging.setLogLevel("io.promoplatform.web.quote.QuoteObservation", null);
        }
    }
}
