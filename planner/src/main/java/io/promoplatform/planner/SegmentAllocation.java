package io.promoplatform.planner;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The solver's view of one segment: how many budget steps it gets. Mutable because OptaPlanner changes
 * {@code steps} in place; everything else is a copy of the segment's spec in minor units. Built from and
 * read back into records by {@link PlanMapping}; it is never stored.
 */
@PlanningEntity
public class SegmentAllocation {

    public static final String STEPS = "steps";

    @PlanningId
    private String segment;
    private int minSteps;
    private int maxSteps;
    private Integer previousSteps;
    private long changeCostPerStep;
    private long[] upliftByStep;

    @PlanningVariable(valueRangeProviderRefs = "stepsRange")
    private Integer steps;

    public SegmentAllocation(String segment, int minSteps, int maxSteps, Integer previousSteps,
                             long changeCostPerStep, long[] upliftByStep, Integer steps) {
        this.segment = segment;
        this.minSteps = minSteps;
        this.maxSteps = maxSteps;
        this.previousSteps = previousSteps;
        this.changeCostPerStep = changeCostPerStep;
        this.upliftByStep = upliftByStep;
        this.steps = steps;
    }

    /**
     * Only the steps between the segment's bounds: the solver then never spends time on plans that break
     * them. The "Segment bounds" constraint still guards plans built outside the solver.
     */
    @ValueRangeProvider(id = "stepsRange")
    public CountableValueRange<Integer> getStepsRange() {
        return ValueRangeFactory.createIntValueRange(minSteps, maxSteps + 1);
    }

    public String getSegment() {
        return segment;
    }

    public int getMinSteps() {
        return minSteps;
    }

    public int getMaxSteps() {
        return maxSteps;
    }

    public Integer getPreviousSteps() {
        return previousSteps;
    }

    public long getChangeCostPerStep() {
        return changeCostPerStep;
    }

    public Integer getSteps() {
        return steps;
    }

    public void setSteps(Integer steps) {
        this.steps = steps;
    }

    /** The steps this segment holds, or its floor while it has not been planned yet. */
    public int committedSteps() {
        return steps == null ? minSteps : steps;
    }

    /** Steps this segment can still give away without going under its floor. */
    int spareSteps() {
        return steps - minSteps;
    }

    /** Steps this segment can still take without going over its ceiling. */
    int roomSteps() {
        return maxSteps - steps;
    }

    /** Margin in minor units; past the end of the curve it stays flat, and "Segment bounds" penalises the excess. */
    public long expectedUplift() {
        return upliftByStep[Math.min(Math.max(steps, 0), upliftByStep.length - 1)];
    }

    public int stepsOutsideBounds() {
        return Math.max(0, minSteps - steps) + Math.max(0, steps - maxSteps);
    }

    public int stepsChangedFromPrevious() {
        return previousSteps == null ? 0 : Math.abs(steps - previousSteps);
    }

    /** A copy for a solution clone; the curve is shared because nothing ever writes to it. */
    SegmentAllocation copy() {
        return new SegmentAllocation(segment, minSteps, maxSteps, previousSteps, changeCostPerStep, upliftByStep, steps);
    }

    @Override
    public String toString() {
        return segment + "=" + steps;
    }
}
