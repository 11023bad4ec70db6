package io.promoplatform.engine.quote;

import java.math.BigDecimal;

/** A guard that restored part of a line's discount to hold its floor. */
public record GuardCut(String ruleId, int ruleRevision, String ruleName, BigDecimal restored) {
}
