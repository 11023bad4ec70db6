package io.promoplatform.web.quote;

import io.promoplatform.web.campaign.BudgetLedger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stored quote as it will be inserted: the documents already serialised, with the spend accepting
 * it would commit. Also the line format of the spill file, so {@code seq} orders it among the pending
 * quotes of this run (0 for a quote spilled by an earlier run).
 */
record QuoteRow(long seq, String id, Instant pricedAt, Instant expiresAt, String apiKeyId, String customerId,
        String segment, long release, String modelVersion, String currency, BigDecimal listTotal,
        BigDecimal discountTotal, BigDecimal total, String responseJson, String traceJson,
        List<BudgetLedger.Spend> spends) {

    QuoteRow {
        spends = spends == null ? List.of() : List.copyOf(spends);
    }
}
