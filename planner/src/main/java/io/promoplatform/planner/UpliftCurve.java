package io.promoplatform.planner;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Expected incremental margin of a segment after spending 0, 1, 2, ... budget steps on it.
 *
 * <p>The curve must start at zero (no spend buys no incremental margin), never fall (more spend
 * never loses margin) and be concave (each extra step buys no more than the one before). Concavity
 * is what diminishing returns look like, and it is also what makes greedy marginal allocation exact,
 * so a curve that breaks it is refused rather than planned on quietly.
 */
public record UpliftCurve(List<BigDecimal> marginByStep) {

    public UpliftCurve {
        Objects.requireNonNull(marginByStep, "marginByStep");
        if (marginByStep.isEmpty()) {
            throw new IllegalArgumentException("an uplift curve needs at least the margin at 0 steps");
        }
        marginByStep = List.copyOf(marginByStep);
        if (marginByStep.get(0).signum() != 0) {
            throw new IllegalArgumentException(
                    "an uplift curve must start at 0 (no spend, no incremental margin), not " + marginByStep.get(0));
        }
        BigDecimal previousGain = null;
        for (int step = 1; step < marginByStep.size(); step++) {
            BigDecimal gain = marginByStep.get(step).subtract(marginByStep.get(step - 1));
            if (gain.signum() < 0) {
                throw new IllegalArgumentException("an uplift curve must not decrease: step " + step
                        + " loses " + gain.negate() + " of margin");
            }
            if (previousGain != null && gain.compareTo(previousGain) > 0) {
                throw new IllegalArgumentException("an uplift curve must be concave (diminishing returns): step "
                        + step + " adds " + gain + " but step " + (step - 1) + " added only " + previousGain);
            }
            previousGain = gain;
        }
    }

    public static UpliftCurve of(String... margins) {
        return new UpliftCurve(Arrays.stream(margins).map(BigDecimal::new).toList());
    }

    /** The largest number of steps this curve has a margin for. */
    public int maxSteps() {
        return marginByStep.size() - 1;
    }

    public BigDecimal marginAt(int steps) {
        return marginByStep.get(steps);
    }

    /** The most decimals any margin on the curve is written with. */
    int scale() {
        return marginByStep.stream().mapToInt(m -> Math.max(m.scale(), 0)).max().orElse(0);
    }
}
