package io.promoplatform.engine.quote;

import java.math.BigDecimal;

/** One cart line with the catalog facts pricing needs; {@code signals} is null without model coverage. */
public record PricingLine(
        int lineNo,
        String sku,
        int quantity,
        BigDecimal listUnitPrice,
        BigDecimal unitCost,
        String brand,
        String category,
        Signals signals) {
}
