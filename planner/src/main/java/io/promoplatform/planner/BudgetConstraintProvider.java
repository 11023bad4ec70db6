package io.promoplatform.planner;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * Hard constraints are penalised per step over the limit, so the solver can tell a plan one step over
 * from one a hundred steps over. Soft constraints are margin in minor units.
 *
 * <p>The budget and the group caps count a segment the construction heuristic has not planned yet at its
 * floor, which it will get whatever happens; otherwise the first segments planned would take budget the
 * later segments' floors need, and construction would hand local search a plan over budget.
 */
public class BudgetConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                totalBudget(factory),
                segmentBounds(factory),
                groupCap(factory),
                changeFromPreviousPlan(factory),
                expectedUplift(factory)
        };
    }

    // A plan never spends more than the campaign's budget; leaving some of it unspent is allowed.
    Constraint totalBudget(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(SegmentAllocation.class)
                .groupBy(sum(SegmentAllocation::committedSteps))
                .join(BudgetLimit.class)
                .filter((planned, budget) -> planned > budget.steps())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (planned, budget) -> planned - budget.steps())
                .asConstraint("Total budget");
    }

    // Each segment gets at least the floor and at most the ceiling the marketer set for it.
    Constraint segmentBounds(ConstraintFactory factory) {
        return factory.forEach(SegmentAllocation.class)
                .filter(allocation -> allocation.stepsOutsideBounds() > 0)
                .penalizeLong(HardSoftLongScore.ONE_HARD, SegmentAllocation::stepsOutsideBounds)
                .asConstraint("Segment bounds");
    }

    // Segments that share a cap (a region, a channel) never get more than the cap between them.
    Constraint groupCap(ConstraintFactory factory) {
        return factory.forEach(GroupCap.class)
                .join(factory.forEachIncludingNullVars(SegmentAllocation.class),
                        Joiners.filtering((cap, allocation) -> cap.segments().contains(allocation.getSegment())))
                .groupBy((cap, allocation) -> cap, sum((cap, allocation) -> allocation.committedSteps()))
                .filter((cap, planned) -> planned > cap.maxSteps())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (cap, planned) -> planned - cap.maxSteps())
                .asConstraint("Group cap");
    }

    // Moving budget away from the plan in force disrupts live promotions, so a move must pay for itself.
    Constraint changeFromPreviousPlan(ConstraintFactory factory) {
        return factory.forEach(SegmentAllocation.class)
                .filter(allocation -> allocation.stepsChangedFromPrevious() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT,
                        allocation -> allocation.stepsChangedFromPrevious() * allocation.getChangeCostPerStep())
                .asConstraint("Change from previous plan");
    }

    // The point of the plan: the incremental margin the budget is expected to buy.
    Constraint expectedUplift(ConstraintFactory factory) {
        return factory.forEach(SegmentAllocation.class)
                .rewardLong(HardSoftLongScore.ONE_SOFT, SegmentAllocation::expectedUplift)
                .asConstraint("Expected uplift");
    }
}
