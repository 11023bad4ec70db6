package io.promoplatform.planner;

import java.util.ArrayList;
import java.util.List;

/** Between the records a caller gives and reads, and the mutable planning domain the solver works on. */
final class PlanMapping {

    private PlanMapping() {
    }

    /** A plan with no steps assigned yet, for the construction heuristic to fill in. */
    static BudgetPlan toPlan(MinorUnitProblem minor) {
        List<SegmentAllocation> allocations = new ArrayList<>(minor.size());
        for (int i = 0; i < minor.size(); i++) {
            SegmentSpec spec = minor.spec(i);
            allocations.add(new SegmentAllocation(spec.segment(), spec.minSteps(), spec.maxSteps(),
                    spec.previousSteps(), minor.changeCostPerStep(), minor.upliftCurve(i), null));
        }
        AllocationProblem problem = minor.problem();
        return new BudgetPlan(problem.campaignId(), new BudgetLimit(problem.budgetSteps()), problem.groupCaps(),
                allocations);
    }

    /**
     * The steps of a solved plan in the problem's segment order. A segment the construction heuristic had not
     * reached (the job was cancelled at once) keeps its floor, which every feasible plan grants anyway.
     */
    static int[] stepsOf(BudgetPlan plan) {
        List<SegmentAllocation> allocations = plan.getAllocations();
        int[] steps = new int[allocations.size()];
        for (int i = 0; i < steps.length; i++) {
            SegmentAllocation allocation = allocations.get(i);
            steps[i] = allocation.getSteps() == null ? allocation.getMinSteps() : allocation.getSteps();
        }
        return steps;
    }
}
