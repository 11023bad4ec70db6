package io.promoplatform.web.quote;

import java.time.Instant;
import java.util.List;

/** The storefront's cart, as posted to /api/v1/quotes. Only {@code channel} and {@code lines} are required. */
public record QuoteRequest(
        String customerId,
        String storeId,
        String channel,
        String currency,
        List<String> couponCodes,
        Instant at,
        List<Line> lines) {

    public record Line(String sku, Integer quantity) {
    }
}
