package io.promoplatform.web.release;

import static io.promoplatform.web.release.SharedDatabaseInstances.api;
import static io.promoplatform.web.release.SharedDatabaseInstances.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.MariaDbCondition;
import io.promoplatform.web.support.TestDatabases;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances on one fresh MariaDB database with the storefront alternating between them, as behind
 * a round-robin load balancer: a release activated on one prices on the other within 2 s, and accepts
 * racing across both never spend past a segment's allocation or a campaign's total.
 */
@ExtendWith(MariaDbCondition.class)
class ScaleOutOnMariaDbTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static final String KEY = "demo-storefront-key";

    private static String cart(String sku) {
        return "{\"channel\":\"web\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}";
    }

    private static String approvedRule(Api author, Api approver, String campaign, String sku) {
        Api.Reply created = author.post("/api/v1/admin/rules").as("marketer").json("""
                {"name":"Scale %s","kind":"PROMOTION","campaign":"%s","conditions":{"skus":["%s"]},
                 "effect":{"type":"AMOUNT_OFF_UNIT","amount":"1.00"}}""".formatted(campaign, campaign, sku)).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("/id");
        author.post("/api/v1/admin/rules/" + id + "/submit").as("marketer").send();
        assertThat(approver.post("/api/v1/admin/rules/" + id + "/approve").as("approver").json("{}").send().status())
                .isEqualTo(200);
        return id;
    }

    @Test
    void twoInstancesShareReleasesWithinTwoSecondsAndNeverOverspendABudget() throws Exception {
        String url = TestDatabases.freshMariaDb("scaleout");
        try (ConfigurableApplicationContext first = start(url, true);
                ConfigurableApplicationContext second = start(url, false)) {
            Api[] apis = {api(first), api(second)};
            Api a = apis[0];
            Api b = apis[1];
            // "capped" has 50.00 but its only segment is allocated 40.00; "total" has 25.00 and no allocation
            for (String sku : List.of("SCALE-CAPPED", "SCALE-TOTAL")) {
                assertThat(a.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                        {"name":"Scale juice","brand":"Scale","category":"scale","listPrice":"10.00","cost":"2.00",
                         "currency":"USD"}""").send().status()).isEqualTo(200);
            }
            Api.Reply capped = b.put("/api/v1/admin/campaigns/capped").as("marketer").json("""
                    {"name":"Capped","budget":"50.00","currency":"USD",
                     "segments":{"default":{"min":"0.00","max":"50.00","allocated":"40.00"}}}""").send();
            assertThat(capped.status()).as(capped.body()).isEqualTo(200);
            assertThat(a.put("/api/v1/admin/campaigns/total").as("marketer").json("""
                    {"name":"Total","budget":"25.00","currency":"USD"}""").send().status()).isEqualTo(200);
            String cappedRule = approvedRule(a, b, "capped", "SCALE-CAPPED");
            String totalRule = approvedRule(b, a, "total", "SCALE-TOTAL");

            long created = System.nanoTime();
            long release = a.post("/api/v1/admin/releases").as("approver").json(
                    "{\"comment\":\"scale out\",\"ruleIds\":[\"" + cappedRule + "\",\"" + totalRule + "\"]}")
                    .send().json().get("release").asLong();
            long millis = Long.MAX_VALUE;
            while (System.nanoTime() - created < 2 * WITHIN.toNanos()) {
                if (b.post("/api/v1/quotes").bearer(KEY).json(cart("SCALE-TOTAL")).send().json().get("release")
                        .asLong() == release) {
                    millis = (System.nanoTime() - created) / 1_000_000;
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(millis).as("ms until the other instance priced with the new release")
                    .isLessThanOrEqualTo(WITHIN.toMillis());

            // quotes alternate between the instances; each would spend 1.00 of its campaign
            List<String[]> quotes = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String sku = i % 4 < 2 ? "SCALE-CAPPED" : "SCALE-TOTAL";
                JsonNode quote = apis[i % 2].post("/api/v1/quotes").bearer(KEY).json(cart(sku)).send().json();
                assertThat(quote.get("release").asLong()).isEqualTo(release);
                assertThat(quote.get("discountTotal").asString()).isEqualTo("1.00");
                quotes.add(new String[] {quote.get("quoteId").asString(), sku});
            }
            ExecutorService pool = Executors.newFixedThreadPool(12);
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < quotes.size(); i++) {
                String id = quotes.get(i)[0];
                Api via = apis[(i + 1) % 2]; // accepted on the other instance than it was quoted on
                replies.add(pool.submit(() -> via.post("/api/v1/quotes/" + id + "/accept").bearer(KEY)
                        .header("Idempotency-Key", "order-" + id).json("").send()));
            }
            Map<String, Integer> accepted = new ConcurrentHashMap<>();
            for (int i = 0; i < replies.size(); i++) {
                Api.Reply reply = replies.get(i).get();
                if (reply.status() == 200) {
                    accepted.merge(quotes.get(i)[1], 1, Integer::sum);
                } else {
                    assertThat(reply.status()).as(reply.body()).isEqualTo(409);
                    assertThat(reply.json().get("type").asString()).endsWith("/budget-exhausted");
                }
            }
            pool.shutdown();

            assertThat(accepted).containsEntry("SCALE-CAPPED", 40).containsEntry("SCALE-TOTAL", 25);
            JsonNode cappedBooks = a.get("/api/v1/admin/campaigns/capped/budget").as("auditor").send().json();
            JsonNode totalBooks = b.get("/api/v1/admin/campaigns/total/budget").as("auditor").send().json();
            assertThat(new BigDecimal(cappedBooks.get("spent").asString())).isEqualByComparingTo("40.00");
            assertThat(new BigDecimal(cappedBooks.at("/segments/0/spent").asString())).isEqualByComparingTo("40.00");
            assertThat(new BigDecimal(totalBooks.get("spent").asString())).isEqualByComparingTo("25.00");
            assertThat(totalBooks.get("remaining").asString()).isEqualTo("0.00");
            System.out.printf("scale-out: release live on the other instance after %d ms%n", millis);
        }
    }
}
