package io.promoplatform.planner;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * A plan, whoever made it (the solver or a reference). {@code objective} is what the plan maximises:
 * the expected uplift less the cost of moving budget away from the previous plan. {@code score} is the
 * same plan as an OptaPlanner score ({@code 0hard/123456soft}, soft in minor units) for logs and audit.
 * Margins carry the most decimals the problem's curves and change cost were written with; amounts carry
 * the step's.
 */
public record AllocationResult(List<SegmentResult> segments, BigDecimal objective, BigDecimal expectedUplift,
                               String score, Duration elapsed, boolean feasible) {

    public AllocationResult {
        segments = List.copyOf(segments);
    }

    public BigDecimal allocated() {
        return segments.stream().map(SegmentResult::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int stepsOf(String segment) {
        return segments.stream().filter(s -> s.segment().equals(segment)).findFirst()
                .map(SegmentResult::steps)
                .orElseThrow(() -> new IllegalArgumentException("no segment " + segment + " in this plan"));
    }
}
