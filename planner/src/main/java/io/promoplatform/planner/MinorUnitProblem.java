package io.promoplatform.planner;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * An {@link AllocationProblem} with every amount of margin turned into whole minor units at one scale,
 * so that the solver's score, the references and the reported results all add up the same exact longs.
 * The scale is the finest one the curves and the change cost are written with ("3.49" has 2), so nothing
 * is rounded and results come back with the decimals the caller used.
 */
final class MinorUnitProblem {

    private final AllocationProblem problem;
    private final int scale;
    private final long[][] upliftByStep;
    private final long changeCostPerStep;
    private final int[][] capMembers;

    MinorUnitProblem(AllocationProblem problem) {
        this.problem = problem;
        this.scale = Math.max(problem.segments().stream().mapToInt(s -> s.curve().scale()).max().orElse(0),
                Math.max(problem.changeCostPerStep().scale(), 0));
        List<SegmentSpec> segments = problem.segments();
        this.upliftByStep = new long[segments.size()][];
        for (int i = 0; i < segments.size(); i++) {
            SegmentSpec spec = segments.get(i);
            long[] curve = new long[spec.maxSteps() + 1];
            for (int steps = 0; steps <= spec.maxSteps(); steps++) {
                curve[steps] = toMinor(spec.curve().marginAt(steps), "segment " + spec.segment());
            }
            upliftByStep[i] = curve;
        }
        this.changeCostPerStep = toMinor(problem.changeCostPerStep(), "the change cost per step");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            index.put(segments.get(i).segment(), i);
        }
        this.capMembers = problem.groupCaps().stream()
                .map(cap -> cap.segments().stream().mapToInt(index::get).sorted().toArray())
                .toArray(int[][]::new);
    }

    private long toMinor(BigDecimal amount, String what) {
        try {
            return amount.movePointRight(scale).longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException(what + ": " + amount.toPlainString() + " is too large to plan with",
                    tooLarge);
        }
    }

    AllocationProblem problem() {
        return problem;
    }

    int size() {
        return upliftByStep.length;
    }

    SegmentSpec spec(int segment) {
        return problem.segments().get(segment);
    }

    int minSteps(int segment) {
        return spec(segment).minSteps();
    }

    int maxSteps(int segment) {
        return spec(segment).maxSteps();
    }

    int budgetSteps() {
        return problem.budgetSteps();
    }

    long[] upliftCurve(int segment) {
        return upliftByStep[segment];
    }

    long changeCostPerStep() {
        return changeCostPerStep;
    }

    int capCount() {
        return capMembers.length;
    }

    int[] capMembers(int cap) {
        return capMembers[cap];
    }

    int capMaxSteps(int cap) {
        return problem.groupCaps().get(cap).maxSteps();
    }

    BigDecimal money(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, scale);
    }

    /** The expected uplift of a segment at a number of steps, less what moving it from the previous plan costs. */
    long value(int segment, int steps) {
        Integer previous = spec(segment).previousSteps();
        long change = previous == null ? 0 : Math.abs(steps - previous);
        return upliftByStep[segment][steps] - changeCostPerStep * change;
    }

    long objective(int[] steps) {
        long total = 0;
        for (int i = 0; i < steps.length; i++) {
            total += value(i, steps[i]);
        }
        return total;
    }

    /** How many steps the plan is over its budget, its segment bounds and its group caps, added up. */
    long hardViolation(int[] steps) {
        long violation = 0;
        long total = 0;
        for (int i = 0; i < steps.length; i++) {
            total += steps[i];
            violation += Math.max(0, minSteps(i) - steps[i]) + Math.max(0, steps[i] - maxSteps(i));
        }
        violation += Math.max(0, total - budgetSteps());
        for (int cap = 0; cap < capMembers.length; cap++) {
            long capTotal = 0;
            for (int member : capMembers[cap]) {
                capTotal += steps[member];
            }
            violation += Math.max(0, capTotal - capMaxSteps(cap));
        }
        return violation;
    }

    HardSoftLongScore score(int[] steps) {
        return HardSoftLongScore.of(-hardViolation(steps), objective(steps));
    }

    AllocationResult toResult(int[] steps, Duration elapsed) {
        List<SegmentResult> segments = new ArrayList<>(steps.length);
        long uplift = 0;
        for (int i = 0; i < steps.length; i++) {
            long segmentUplift = upliftByStep[i][steps[i]];
            uplift += segmentUplift;
            segments.add(new SegmentResult(spec(i).segment(), steps[i],
                    problem.step().multiply(BigDecimal.valueOf(steps[i])), money(segmentUplift)));
        }
        HardSoftLongScore score = score(steps);
        return new AllocationResult(segments, money(score.softScore()), money(uplift), score.toString(), elapsed,
                score.isFeasible());
    }
}
