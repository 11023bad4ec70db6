package io.promoplatform.engine.quote;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine needs to price one cart: the resolved segment, the quote-level facts and the
 * lines with their catalog data. Built by the caller; the engine reads no database.
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
        List<PricingLine> lines) {

    public PricingInput {
        customerTags = Set.copyOf(customerTags);
        couponCodes = List.copyOf(couponCodes);
        lines = List.copyOf(lines);
    }
}
