package io.promoplatform.planner;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One {@code plan benchmark} run. {@code construction} is the plan the construction heuristic handed to
 * local search, so a reader can see how much of {@code found} the local search earned. {@code gapOverTime}
 * holds the best plan at each checkpoint the run reached.
 */
public record BenchmarkResult(int segments, int steps, BigDecimal optimum, BigDecimal found, BigDecimal gapPercent,
                              BigDecimal seconds, Optional<GapSample> construction, List<GapSample> gapOverTime) {

    public BenchmarkResult {
        gapOverTime = List.copyOf(gapOverTime);
    }

    /** The line the product contract specifies, amounts as plain JSON numbers in currency units. */
    public String toJsonLine() {
        return "{\"segments\": " + segments + ", \"steps\": " + steps
                + ", \"optimum\": " + optimum.toPlainString() + ", \"found\": " + found.toPlainString()
                + ", \"gapPercent\": " + gapPercent.toPlainString() + ", \"seconds\": " + seconds.toPlainString() + "}";
    }
}
