package io.promoplatform.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.OnMariaDb;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The budget contract on MariaDB, plus many storefront threads accepting quotes of one campaign at
 * once: exactly the budget is spent, every other accept is a clean 409, and the books match.
 */
@OnMariaDb
class BudgetOnMariaDbTest extends BudgetContract {

    @Test
    void concurrentAcceptsNeverOverspendTheBudget() throws Exception {
        campaignWithRule("100.00", "1.00");
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            quotes.add(quote(1).get("quoteId").asString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (String id : quotes) {
            replies.add(pool.submit(() -> accept(id, "order-" + id)));
        }
        int accepted = 0;
        int exhausted = 0;
        BigDecimal spentByReplies = BigDecimal.ZERO;
        for (Future<Api.Reply> reply : replies) {
            Api.Reply r = reply.get();
            if (r.status() == 200) {
                accepted++;
                spentByReplies = spentByReplies.add(new BigDecimal(r.json().at("/spent/0/amount").asString()));
            } else {
                assertThat(r.status()).as(r.body()).isEqualTo(409);
                assertThat(r.json().get("type").asString()).endsWith("/budget-exhausted");
                exhausted++;
            }
        }
        pool.shutdown();

        assertThat(accepted).isEqualTo(100);
        assertThat(exhausted).isEqualTo(50);
        assertThat(spentByReplies).isEqualByComparingTo("100.00");
        var budget = api.get("/api/v1/admin/campaigns/" + campaign + "/budget").as("auditor").send().json();
        assertThat(budget.get("spent").asString()).isEqualTo("100.00");
        assertThat(budget.get("remaining").asString()).isEqualTo("0.00");
        assertThat(budget.at("/segments/0/spent").asString()).isEqualTo("100.00");
    }
}
