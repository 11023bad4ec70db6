package io.promoplatform.planner;

import java.math.BigDecimal;
import java.time.Duration;

/** The solver's best plan at one moment of a benchmark run, against the exact optimum. */
public record GapSample(Duration elapsed, BigDecimal found, BigDecimal gapPercent) {
}
