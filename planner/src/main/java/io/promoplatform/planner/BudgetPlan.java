package io.promoplatform.planner;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The solver's working copy of one campaign's allocation. Soft score is margin in minor units. */
@PlanningSolution(solutionCloner = BudgetPlanCloner.class)
public class BudgetPlan {

    private String campaignId;
    @ProblemFactProperty
    private BudgetLimit budget;
    @ProblemFactCollectionProperty
    private List<GroupCap> groupCaps;
    @PlanningEntityCollectionProperty
    private List<SegmentAllocation> allocations;
    @PlanningScore
    private HardSoftLongScore score;

    public BudgetPlan(String campaignId, BudgetLimit budget, List<GroupCap> groupCaps,
                      List<SegmentAllocation> allocations) {
        this.campaignId = campaignId;
        this.budget = budget;
        this.groupCaps = groupCaps;
        this.allocations = allocations;
    }

    public String getCampaignId() {
        return campaignId;
    }

    public BudgetLimit getBudget() {
        return budget;
    }

    public List<GroupCap> getGroupCaps() {
        return groupCaps;
    }

    public List<SegmentAllocation> getAllocations() {
        return allocations;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
