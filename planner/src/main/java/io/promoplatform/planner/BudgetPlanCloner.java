package io.promoplatform.planner;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.solution.cloner.SolutionCloner;

/**
 * Copies a plan for OptaPlanner each time it finds a new best one. While local search climbs, that is
 * most steps, and the default reflective cloner then costs more than evaluating the moves; only the steps
 * change, so a plan is cheap to copy by hand.
 */
public class BudgetPlanCloner implements SolutionCloner<BudgetPlan> {

    @Override
    public BudgetPlan cloneSolution(BudgetPlan original) {
        List<SegmentAllocation> allocations = new ArrayList<>(original.getAllocations().size());
        for (SegmentAllocation allocation : original.getAllocations()) {
            allocations.add(allocation.copy());
        }
        BudgetPlan clone = new BudgetPlan(original.getCampaignId(), original.getBudget(), original.getGroupCaps(),
                allocations);
        clone.setScore(original.getScore());
        return clone;
    }
}
