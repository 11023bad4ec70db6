package io.promoplatform.engine.quote;

import java.math.BigDecimal;
import java.util.List;

/** A priced line: {@code lineTotal = listTotal - lineDiscount}, adjustments summing to {@code -lineDiscount}. */
public record PricedLine(
        int lineNo,
        String sku,
        int quantity,
        BigDecimal listUnitPrice,
        BigDecimal listTotal,
        BigDecimal lineDiscount,
        BigDecimal lineTotal,
        BigDecimal unitPrice,
        List<Adjustment> adjustments,
        List<GuardCut> guards,
        Signals signals) {
}
