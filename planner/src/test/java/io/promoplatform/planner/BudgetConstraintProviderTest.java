package io.promoplatform.planner;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per constraint, named after it. */
class BudgetConstraintProviderTest {

    private static final long[] CURVE = {0, 1000, 1800, 2400, 2800, 3000};

    private final ConstraintVerifier<BudgetConstraintProvider, BudgetPlan> verifier =
            ConstraintVerifier.build(new BudgetConstraintProvider(), BudgetPlan.class, SegmentAllocation.class);

    private static SegmentAllocation allocation(String segment, int min, int max, Integer steps) {
        return new SegmentAllocation(segment, min, max, null, 0, CURVE, steps);
    }

    private static SegmentAllocation changed(String segment, Integer previous, long costPerStep, int steps) {
        return new SegmentAllocation(segment, 0, 5, previous, costPerStep, CURVE, steps);
    }

    @Test
    void totalBudget() {
        verifier.verifyThat(BudgetConstraintProvider::totalBudget)
                .given(new BudgetLimit(6), allocation("a", 0, 5, 4), allocation("b", 0, 5, 5))
                .penalizesBy(3);
        verifier.verifyThat(BudgetConstraintProvider::totalBudget)
                .given(new BudgetLimit(10), allocation("a", 0, 5, 4), allocation("b", 0, 5, 5))
                .penalizesBy(0);
        // a segment not planned yet still holds its floor of 2
        verifier.verifyThat(BudgetConstraintProvider::totalBudget)
                .given(new BudgetLimit(6), allocation("a", 0, 5, 5), allocation("b", 2, 5, null))
                .penalizesBy(1);
    }

    @Test
    void segmentBounds() {
        verifier.verifyThat(BudgetConstraintProvider::segmentBounds)
                .given(allocation("under", 2, 4, 0), allocation("over", 0, 3, 5), allocation("inside", 1, 4, 3))
                .penalizesBy(2 + 2);
    }

    @Test
    void groupCap() {
        GroupCap north = new GroupCap("north", Set.of("a", "b"), 5);
        GroupCap south = new GroupCap("south", Set.of("c"), 3);
        verifier.verifyThat(BudgetConstraintProvider::groupCap)
                .given(north, south, allocation("a", 0, 5, 4), allocation("b", 0, 5, 3), allocation("c", 0, 5, 3))
                .penalizesBy(2);
        verifier.verifyThat(BudgetConstraintProvider::groupCap)
                .given(north, allocation("a", 0, 5, 4), allocation("b", 0, 5, 1), allocation("c", 0, 5, 5))
                .penalizesBy(0);
    }

    @Test
    void changeFromPreviousPlan() {
        verifier.verifyThat(BudgetConstraintProvider::changeFromPreviousPlan)
                .given(changed("up", 1, 50, 4), changed("down", 5, 50, 3), changed("same", 2, 50, 2),
                        changed("new", null, 50, 5))
                .penalizesBy((3 + 2) * 50);
    }

    @Test
    void expectedUplift() {
        verifier.verifyThat(BudgetConstraintProvider::expectedUplift)
                .given(allocation("a", 0, 5, 0), allocation("b", 0, 5, 2), allocation("c", 0, 5, 5))
                .rewardsWith(0 + 1800 + 3000);
    }
}
