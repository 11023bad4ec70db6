package io.promoplatform.web.release;

import static io.promoplatform.web.release.SharedDatabaseInstances.api;
import static io.promoplatform.web.release.SharedDatabaseInstances.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.MariaDbCondition;
import io.promoplatform.web.support.TestDatabases;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/** Two instances on one MariaDB database: an activation on either is live on the other within 2 s. */
@ExtendWith(MariaDbCondition.class)
class TwoInstancesOnMariaDbTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static final String CART = "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}";

    /** Milliseconds until a quote on {@code api} is priced by {@code release}; fails after twice the limit. */
    private static long millisUntilPricedBy(Api api, long release, long since) throws InterruptedException {
        while (System.nanoTime() - since < 2 * WITHIN.toNanos()) {
            long priced = api.post("/api/v1/quotes").bearer("demo-storefront-key").json(CART).send().json()
                    .get("release").asLong();
            if (priced == release) {
                return (System.nanoTime() - since) / 1_000_000;
            }
            Thread.sleep(50);
        }
        return Long.MAX_VALUE;
    }

    @Test
    void anActivationOnEitherInstanceIsLiveOnTheOtherWithinTwoSeconds() throws Exception {
        String url = TestDatabases.freshMariaDb("twins");
        try (ConfigurableApplicationContext first = start(url, true);
                ConfigurableApplicationContext second = start(url, false)) {
            Api a = api(first);
            Api b = api(second);
            String id = a.post("/api/v1/admin/rules").as("marketer").json("""
                    {"name":"Twin rule","kind":"PROMOTION","conditions":{"skus":["OJ-TROP-64"]},
                     "effect":{"type":"PERCENT_OFF","percent":"10"}}""").send().text("/id");
            a.post("/api/v1/admin/rules/" + id + "/submit").as("marketer").send();
            b.post("/api/v1/admin/rules/" + id + "/approve").as("approver").json("{}").send();

            long created = System.nanoTime();
            long release = a.post("/api/v1/admin/releases").as("approver")
                    .json("{\"comment\":\"twin\",\"ruleIds\":[\"" + id + "\"]}").send().json().get("release").asLong();

            assertThat(millisUntilPricedBy(b, release, created)).isLessThanOrEqualTo(WITHIN.toMillis());

            long rolledBack = System.nanoTime();
            assertThat(b.post("/api/v1/admin/releases/0/activate").as("approver").send().status()).isEqualTo(200);

            assertThat(millisUntilPricedBy(a, 0, rolledBack)).isLessThanOrEqualTo(WITHIN.toMillis());
        }
    }
}
