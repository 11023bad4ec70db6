package io.promoplatform.engine.quote;

import java.math.BigDecimal;

/**
 * One rule's effect on one line. {@code amount} is what was applied (negative or zero);
 * {@code desiredAmount} what the rule asked for before a guard or a budget cut it.
 */
public record Adjustment(
        String ruleId,
        int ruleRevision,
        String ruleName,
        String kind,
        BigDecimal amount,
        BigDecimal desiredAmount,
        String campaign) {
}
