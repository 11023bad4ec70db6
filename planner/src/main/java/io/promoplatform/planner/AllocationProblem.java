package io.promoplatform.planner;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a marketer asks the planner: split {@code budgetSteps} steps of {@code step} money each over the
 * segments, within their bounds and the group caps, for the most expected incremental margin.
 *
 * <p>{@code changeCostPerStep} is the margin a moved step must buy to be worth moving away from the
 * previous plan: small, so uplift dominates, but not zero, so two near-equal plans do not flip-flop.
 *
 * <p>The problem is refused when no plan can satisfy it: every hard constraint is an upper bound apart
 * from the segment minimums, so putting every segment at its minimum is feasible exactly when the
 * problem is.
 */
public record AllocationProblem(String campaignId, BigDecimal step, int budgetSteps, List<SegmentSpec> segments,
                                List<GroupCap> groupCaps, BigDecimal changeCostPerStep) {

    public AllocationProblem {
        Objects.requireNonNull(campaignId, "campaignId");
        if (step == null || step.signum() <= 0) {
            throw new IllegalArgumentException("the budget step must be a positive amount, was " + step);
        }
        if (budgetSteps < 0) {
            throw new IllegalArgumentException("the budget must not be negative, was " + budgetSteps + " steps");
        }
        if (segments == null || segments.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one segment");
        }
        segments = List.copyOf(segments);
        groupCaps = groupCaps == null ? List.of() : List.copyOf(groupCaps);
        changeCostPerStep = changeCostPerStep == null ? BigDecimal.ZERO : changeCostPerStep;
        if (changeCostPerStep.signum() < 0) {
            throw new IllegalArgumentException("the change cost per step must not be negative, was " + changeCostPerStep);
        }
        Map<String, SegmentSpec> byName = uniqueSegments(segments);
        long minimums = segments.stream().mapToLong(SegmentSpec::minSteps).sum();
        if (minimums > budgetSteps) {
            throw new IllegalArgumentException("the segment minimums need " + minimums
                    + " steps but the budget has only " + budgetSteps);
        }
        Set<String> capNames = new HashSet<>();
        for (GroupCap cap : groupCaps) {
            if (!capNames.add(cap.name())) {
                throw new IllegalArgumentException("group cap " + cap.name() + " is listed twice");
            }
            long capMinimums = 0;
            for (String member : cap.segments()) {
                SegmentSpec spec = byName.get(member);
                if (spec == null) {
                    throw new IllegalArgumentException("group cap " + cap.name() + " names unknown segment " + member);
                }
                capMinimums += spec.minSteps();
            }
            if (capMinimums > cap.maxSteps()) {
                throw new IllegalArgumentException("group cap " + cap.name() + " allows " + cap.maxSteps()
                        + " steps but its segments' minimums need " + capMinimums);
            }
        }
    }

    public AllocationProblem(String campaignId, BigDecimal step, int budgetSteps, List<SegmentSpec> segments,
                             List<GroupCap> groupCaps) {
        this(campaignId, step, budgetSteps, segments, groupCaps, BigDecimal.ZERO);
    }

    /**
     * The budget as a whole number of steps; a budget that leaves a remainder is refused rather than
     * silently rounded, because the marketer would then be shown a total that is not what they set.
     */
    public static int stepsIn(BigDecimal budget, BigDecimal step) {
        if (budget == null || budget.signum() < 0) {
            throw new IllegalArgumentException("the budget must be a non-negative amount, was " + budget);
        }
        if (step == null || step.signum() <= 0) {
            throw new IllegalArgumentException("the budget step must be a positive amount, was " + step);
        }
        BigDecimal[] quotientAndRemainder = budget.divideAndRemainder(step);
        if (quotientAndRemainder[1].signum() != 0) {
            throw new IllegalArgumentException("the budget " + budget.toPlainString()
                    + " is not a whole number of " + step.toPlainString() + " steps");
        }
        try {
            return quotientAndRemainder[0].intValueExact();
        } catch (ArithmeticException tooMany) {
            throw new IllegalArgumentException("the budget " + budget.toPlainString() + " has too many "
                    + step.toPlainString() + " steps to plan", tooMany);
        }
    }

    private static Map<String, SegmentSpec> uniqueSegments(List<SegmentSpec> segments) {
        return segments.stream().collect(Collectors.toMap(SegmentSpec::segment, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("segment " + a.segment() + " is listed twice");
        }));
    }
}
