package io.promoplatform.engine.quote;

import java.math.BigDecimal;

/** An order-level effect (a tier) with its total amount; its allocation is inside the lines. */
public record OrderAdjustment(String ruleId, int ruleRevision, String ruleName, BigDecimal amount,
        BigDecimal desiredAmount, String campaign) {
}
