package io.promoplatform.engine.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the engine needs to price one cart: the resolved segment, the quote-level facts and the
 * lines with their catalog data. Built by the caller; the engine reads no database.
 * {@code budgetRemaining} maps a campaign id to what is left of its budget for this quote's segment;
 * a campaign absent from it is not limited (PRICING.md step 6).
 */
public record PricingInput(
        String segment,
        String channel,
        String storeId,
        String customerId,
        Set<String> customerTags,
        List<String> couponCodes,
        Instant at,
        Currency currency,
        List<PricingLine> lines,
        Map<String, BigDecimal> budgetRemaining) {

    public PricingInput {
        customerTags = Set.copyOf(customerTags);
        couponCodes = List.copyOf(couponCodes);
        lines = List.copyOf(lines);
        budgetRemaining = Map.copyOf(budgetRemaining);
    }

    /** A cart with no campaign budgets in play (every campaign unlimited). */
    public PricingInput(String segment, String channel, String storeId, String customerId, Set<String> customerTags,
            List<String> couponCodes, Instant at, Currency currency, List<PricingLine> lines) {
        this(segment, channel, storeId, customerId, customerTags, couponCodes, at, currency, lines, Map.of());
    }
}
