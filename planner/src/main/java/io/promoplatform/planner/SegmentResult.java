package io.promoplatform.planner;

import java.math.BigDecimal;

/** One segment of a finished plan: its steps, what they cost and the margin they are expected to buy. */
public record SegmentResult(String segment, int steps, BigDecimal amount, BigDecimal expectedUplift) {
}
