package io.promoplatform.planner;

import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Moves budget steps from one segment to another, so the total spent stays the same. Once the budget is
 * spent, the only way to improve a plan is to take steps where they buy little and give them where they
 * buy more; a single change move cannot do that without first breaking the budget.
 *
 * <p>The move is written as the two segments' new step counts, which keeps undo and tabu simple; it is
 * doable only while both segments still hold the steps it was created against.
 */
public final class StepTransferMove extends AbstractMove<BudgetPlan> {

    private final SegmentAllocation from;
    private final int fromSteps;
    private final SegmentAllocation to;
    private final int toSteps;

    StepTransferMove(SegmentAllocation from, int fromSteps, SegmentAllocation to, int toSteps) {
        this.from = from;
        this.fromSteps = fromSteps;
        this.to = to;
        this.toSteps = toSteps;
    }

    static StepTransferMove transfer(SegmentAllocation from, SegmentAllocation to, int steps) {
        return new StepTransferMove(from, from.getSteps() - steps, to, to.getSteps() + steps);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<BudgetPlan> scoreDirector) {
        return from != to
                && from.getSteps() != null && to.getSteps() != null
                && fromSteps < from.getSteps()
                && from.getSteps() + to.getSteps() == fromSteps + toSteps
                && fromSteps >= from.getMinSteps()
                && toSteps <= to.getMaxSteps();
    }

    @Override
    protected StepTransferMove createUndoMove(ScoreDirector<BudgetPlan> scoreDirector) {
        return new StepTransferMove(to, to.getSteps(), from, from.getSteps());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<BudgetPlan> scoreDirector) {
        assign(scoreDirector, from, fromSteps);
        assign(scoreDirector, to, toSteps);
    }

    private static void assign(ScoreDirector<BudgetPlan> scoreDirector, SegmentAllocation allocation, int steps) {
        scoreDirector.beforeVariableChanged(allocation, SegmentAllocation.STEPS);
        allocation.setSteps(steps);
        scoreDirector.afterVariableChanged(allocation, SegmentAllocation.STEPS);
    }

    @Override
    public StepTransferMove rebase(ScoreDirector<BudgetPlan> destinationScoreDirector) {
        return new StepTransferMove(destinationScoreDirector.lookUpWorkingObject(from), fromSteps,
                destinationScoreDirector.lookUpWorkingObject(to), toSteps);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "StepTransferMove(SegmentAllocation.steps)";
    }

    @Override
    public List<SegmentAllocation> getPlanningEntities() {
        return List.of(from, to);
    }

    @Override
    public List<Integer> getPlanningValues() {
        return List.of(fromSteps, toSteps);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StepTransferMove move
                && from == move.from && fromSteps == move.fromSteps && to == move.to && toSteps == move.toSteps;
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(from), fromSteps, System.identityHashCode(to), toSteps);
    }

    @Override
    public String toString() {
        return from.getSegment() + " {" + from.getSteps() + " -> " + fromSteps + "}, "
                + to.getSegment() + " {" + to.getSteps() + " -> " + toSteps + "}";
    }
}
