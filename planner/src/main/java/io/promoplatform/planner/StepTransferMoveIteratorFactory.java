package io.promoplatform.planner;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link StepTransferMove}s between two segments. The number of steps moved is drawn
 * log-uniformly up to what the pair allows: large transfers repair a poor start quickly, and single steps,
 * which are as likely as all the large ones together, do the fine balancing near the optimum.
 */
public class StepTransferMoveIteratorFactory implements MoveIteratorFactory<BudgetPlan, StepTransferMove> {

    /** Tries for a pair that can move at least one step before handing the solver an undoable move. */
    private static final int PAIR_ATTEMPTS = 16;

    @Override
    public long getSize(ScoreDirector<BudgetPlan> scoreDirector) {
        long n = scoreDirector.getWorkingSolution().getAllocations().size();
        return n * (n - 1);
    }

    @Override
    public Iterator<StepTransferMove> createOriginalMoveIterator(ScoreDirector<BudgetPlan> scoreDirector) {
        return new SingleStepPairs(scoreDirector.getWorkingSolution().getAllocations());
    }

    @Override
    public Iterator<StepTransferMove> createRandomMoveIterator(ScoreDirector<BudgetPlan> scoreDirector,
                                                              Random random) {
        List<SegmentAllocation> allocations = scoreDirector.getWorkingSolution().getAllocations();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return allocations.size() > 1;
            }

            @Override
            public StepTransferMove next() {
                SegmentAllocation from = null;
                SegmentAllocation to = null;
                for (int attempt = 0; attempt < PAIR_ATTEMPTS; attempt++) {
                    from = allocations.get(random.nextInt(allocations.size()));
                    to = allocations.get(random.nextInt(allocations.size()));
                    int most = from == to ? 0 : Math.min(from.spareSteps(), to.roomSteps());
                    if (most > 0) {
                        return StepTransferMove.transfer(from, to, logUniform(random, most));
                    }
                }
                return StepTransferMove.transfer(from, to, 1);
            }
        };
    }

    /** 1 with probability 1/2, otherwise spread evenly on a log scale over 1..most. */
    static int logUniform(Random random, int most) {
        if (most == 1 || random.nextBoolean()) {
            return 1;
        }
        return (int) Math.min(most, Math.floor(Math.exp(random.nextDouble() * Math.log(most + 1.0))));
    }

    /** Every ordered pair of segments with one step, for a solver configured to select moves in order. */
    private static final class SingleStepPairs implements Iterator<StepTransferMove> {

        private final List<SegmentAllocation> allocations;
        private int fromIndex;
        private int toIndex = 1;

        SingleStepPairs(List<SegmentAllocation> allocations) {
            this.allocations = allocations;
        }

        @Override
        public boolean hasNext() {
            return fromIndex < allocations.size() && toIndex < allocations.size();
        }

        @Override
        public StepTransferMove next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            StepTransferMove move = StepTransferMove.transfer(allocations.get(fromIndex), allocations.get(toIndex), 1);
            toIndex++;
            if (toIndex == fromIndex) {
                toIndex++;
            }
            if (toIndex >= allocations.size()) {
                fromIndex++;
                toIndex = 0;
            }
            return move;
        }
    }
}
