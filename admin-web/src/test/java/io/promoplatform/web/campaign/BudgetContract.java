package io.promoplatform.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Campaign budgets end to end: quotes clamp a campaign's discount to what is left, and accepting a
 * quote commits its spend exactly once, never beyond the budget. Each test has its own SKU and
 * campaign, so tests sharing the server do not interfere.
 */
abstract class BudgetContract {

    static final String KEY = "demo-storefront-key";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    String sku;
    String campaign;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        sku = "B-" + suffix.toUpperCase();
        campaign = "camp-" + suffix;
        assertThat(api.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Budget juice","brand":"BudgetBrand","category":"budget","listPrice":"10.00","cost":"2.00",
                 "currency":"USD"}""").send().status()).isEqualTo(200);
    }

    /** A campaign with {@code budget}, and a released rule taking {@code off} per unit off the test SKU. */
    void campaignWithRule(String budget, String off) {
        Api.Reply put = api.put("/api/v1/admin/campaigns/" + campaign).as("marketer").json("""
                {"name":"Budget test","budget":"%s","currency":"USD","segments":{"default":{"min":"0.00","max":"%s"}}}"""
                .formatted(budget, budget)).send();
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        String rule = api.post("/api/v1/admin/rules").as("marketer").json("""
                {"name":"Budgeted","kind":"PROMOTION","campaign":"%s","conditions":{"skus":["%s"]},
                 "effect":{"type":"AMOUNT_OFF_UNIT","amount":"%s"}}""".formatted(campaign, sku, off)).send()
                .text("/id");
        api.post("/api/v1/admin/rules/" + rule + "/submit").as("marketer").send();
        api.post("/api/v1/admin/rules/" + rule + "/approve").as("approver").json("{}").send();
        Api.Reply release = api.post("/api/v1/admin/releases").as("approver")
                .json("{\"comment\":\"budget\",\"ruleIds\":[\"" + rule + "\"]}").send();
        assertThat(release.status()).as(release.body()).isEqualTo(201);
    }

    JsonNode quote(int quantity) {
        Api.Reply reply = api.post("/api/v1/quotes").bearer(KEY)
                .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}]}")
                .send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    Api.Reply accept(String quoteId, String idempotencyKey) {
        return api.post("/api/v1/quotes/" + quoteId + "/accept").bearer(KEY).header("Idempotency-Key", idempotencyKey)
                .json("").send();
    }

    @Test
    void aQuoteIsClampedToTheBudgetLeftWithAWarningAndTheDesiredAmountKept() {
        campaignWithRule("5.00", "1.00");

        JsonNode q = quote(10);

        assertThat(q.get("total").asString()).isEqualTo("95.00");
        assertThat(q.at("/lines/0/adjustments/0/amount").asString()).isEqualTo("-5.00");
        assertThat(q.at("/lines/0/adjustments/0/desiredAmount").asString()).isEqualTo("-10.00");
        assertThat(q.at("/lines/0/adjustments/0/campaign").asString()).isEqualTo(campaign);
        assertThat(q.at("/warnings/0/code").asString()).isEqualTo("budget-limited");
        assertThat(q.at("/warnings/0/campaign").asString()).isEqualTo(campaign);
    }

    @Test
    void acceptingSpendsOnceAndRepeatsTheSameAnswerForTheSameKey() {
        campaignWithRule("5.00", "1.00");
        String id = quote(3).get("quoteId").asString();

        Api.Reply first = accept(id, "order-1");
        Api.Reply again = accept(id, "order-1");
        Api.Reply other = accept(id, "order-2");
        JsonNode budget = api.get("/api/v1/admin/campaigns/" + campaign + "/budget").as("auditor").send().json();

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(first.json().at("/spent/0/campaign").asString()).isEqualTo(campaign);
        assertThat(first.json().at("/spent/0/segment").asString()).isEqualTo("default");
        assertThat(first.json().at("/spent/0/amount").asString()).isEqualTo("3.00");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(other.status()).isEqualTo(409);
        assertThat(budget.get("spent").asString()).isEqualTo("3.00");
        assertThat(budget.get("remaining").asString()).isEqualTo("2.00");
        assertThat(budget.at("/segments/0/spent").asString()).isEqualTo("3.00");
    }

    @Test
    void aSpendThatNoLongerFitsIs409AndSpendsNothing() {
        campaignWithRule("5.00", "1.00");
        String first = quote(3).get("quoteId").asString();
        String second = quote(3).get("quoteId").asString();

        assertThat(accept(first, "a").status()).isEqualTo(200);
        Api.Reply refused = accept(second, "b");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/budget-exhausted");
        assertThat(api.get("/api/v1/admin/campaigns/" + campaign + "/budget").as("auditor").send().json()
                .get("spent").asString()).isEqualTo("3.00");
        JsonNode requote = quote(3);
        assertThat(requote.at("/lines/0/adjustments/0/amount").asString()).isEqualTo("-2.00");
    }

    @Test
    void anExpiredQuoteCannotBeAccepted() {
        campaignWithRule("5.00", "1.00");
        String id = quote(1).get("quoteId").asString();
        awaitStored(id);
        int expired = jdbc.sql("UPDATE quote SET expires_at = '2020-01-01 00:00:00' WHERE id = :id").param("id", id)
                .update();
        assertThat(expired).isEqualTo(1);

        Api.Reply reply = accept(id, "late");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("type").asString()).endsWith("/quote-expired");
    }

    /** Quotes are stored behind the answer (QuoteWriter): wait for the row before changing it underneath. */
    private void awaitStored(String id) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (jdbc.sql("SELECT COUNT(*) FROM quote WHERE id = :id").param("id", id).query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("quote " + id + " stored within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void acceptNeedsAnIdempotencyKeyAndTheQuotesOwnStorefront() {
        campaignWithRule("5.00", "1.00");
        String id = quote(1).get("quoteId").asString();
        String otherKey = api.post("/api/v1/admin/api-keys").as("admin").json("{\"name\":\"other\"}").send()
                .text("/key");

        Api.Reply noKey = api.post("/api/v1/quotes/" + id + "/accept").bearer(KEY).json("").send();
        Api.Reply foreign = api.post("/api/v1/quotes/" + id + "/accept").bearer(otherKey)
                .header("Idempotency-Key", "x").json("").send();

        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().get("errors").findValuesAsString("field")).containsExactly("Idempotency-Key");
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    void campaignsAreValidated() {
        Api.Reply unknownSegment = api.put("/api/v1/admin/campaigns/" + campaign).as("marketer").json("""
                {"name":"x","budget":"10.00","currency":"USD","segments":{"nobody":{"min":"0.00","max":"1.00"}}}""")
                .send();
        Api.Reply minOverMax = api.put("/api/v1/admin/campaigns/" + campaign).as("marketer").json("""
                {"name":"x","budget":"10.00","currency":"USD","segments":{"default":{"min":"5.00","max":"1.00"}}}""")
                .send();
        Api.Reply numberBudget = api.put("/api/v1/admin/campaigns/" + campaign).as("marketer").json("""
                {"name":"x","budget":10,"currency":"USD"}""").send();

        assertThat(unknownSegment.status()).isEqualTo(422);
        assertThat(unknownSegment.json().get("errors").findValuesAsString("field")).containsExactly("segments.nobody");
        assertThat(minOverMax.status()).isEqualTo(422);
        assertThat(numberBudget.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/campaigns/" + campaign).as("marketer").send().status()).isEqualTo(404);
    }
}
