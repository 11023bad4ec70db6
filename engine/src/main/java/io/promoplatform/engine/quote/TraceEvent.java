package io.promoplatform.engine.quote;

import java.math.BigDecimal;

/**
 * One step of the decision trace, in the order it happened: a rule firing on a line, a guard cut,
 * a budget cut, a skip with its reason. {@code lineNo} is 0 for quote-level steps.
 */
public record TraceEvent(String step, String ruleId, int ruleRevision, int lineNo, BigDecimal amount,
        String note) {
}
