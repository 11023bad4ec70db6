package io.promoplatform.engine.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Expected incremental margin of a segment as a function of discount spend, in equal spend steps:
 * {@code spend.get(k) = k × step}, {@code incrementalMargin.get(k)} the best margin gain that spend buys.
 * Non-decreasing and concave (each step buys no more than the one before), which is what a greedy or
 * OptaPlanner budget allocation across segments relies on.
 */
public record UpliftCurve(String segment, BigDecimal step, List<BigDecimal> spend, List<BigDecimal> incrementalMargin) {

    public UpliftCurve {
        spend = List.copyOf(spend);
        incrementalMargin = List.copyOf(incrementalMargin);
        if (spend.size() != incrementalMargin.size()) {
            throw new IllegalArgumentException("spend and incrementalMargin differ in length");
        }
    }

    public int steps() {
        return spend.size() - 1;
    }

    /** Gain of step k (1-based): {@code incrementalMargin[k] - incrementalMargin[k-1]}; non-increasing in k. */
    public List<BigDecimal> marginalGains() {
        List<BigDecimal> out = new ArrayList<>();
        for (int k = 1; k < incrementalMargin.size(); k++) {
            out.add(incrementalMargin.get(k).subtract(incrementalMargin.get(k - 1)));
        }
        return out;
    }
}
