package io.promoplatform.planner;

import static io.promoplatform.planner.TestProblems.problem;
import static io.promoplatform.planner.TestProblems.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GreedyReferenceTest {

    @Test
    void givesEachStepToTheBestMarginalGain() {
        // a gains 10, 8, 6; b gains 9, 3, 1: three steps go a, b, a for 10 + 9 + 8 = 27
        AllocationResult result = GreedyReference.allocate(problem(3,
                List.of(segment("a", 0, 3, 10, 8, 6), segment("b", 0, 3, 9, 3, 1)), List.of()));

        assertThat(result.stepsOf("a")).isEqualTo(2);
        assertThat(result.stepsOf("b")).isEqualTo(1);
        assertThat(result.objective()).isEqualByComparingTo("27");
        assertThat(result.allocated()).isEqualByComparingTo("150.00");
        assertThat(result.feasible()).isTrue();
    }

    @Test
    void grantsFloorsBeforeSharingTheRest() {
        // b must have 2 steps (9 + 3); the one step left buys 10 in a
        AllocationResult result = GreedyReference.allocate(problem(3,
                List.of(segment("a", 0, 3, 10, 8, 6), segment("b", 2, 3, 9, 3, 1)), List.of()));

        assertThat(result.stepsOf("a")).isEqualTo(1);
        assertThat(result.stepsOf("b")).isEqualTo(2);
        assertThat(result.objective()).isEqualByComparingTo("22");
    }

    @Test
    void leavesBudgetUnspentWhenNoStepBuysAnything() {
        AllocationResult result = GreedyReference.allocate(problem(5,
                List.of(segment("a", 0, 3, 5, 0, 0), segment("b", 0, 1, 0)), List.of()));

        assertThat(result.stepsOf("a")).isEqualTo(1);
        assertThat(result.stepsOf("b")).isZero();
    }

    @Test
    void keepsThePreviousPlanWhenMovingCostsMoreThanItBuys() {
        // Without a change cost a 1/b 1 buys 19, more than b 2 (12). At 5 per moved step, a 1/b 1 moves
        // two steps (19 - 10 = 9) and b 2 moves none (12).
        List<SegmentSpec> segments = List.of(
                new SegmentSpec("a", 0, 3, 0, TestProblems.gains(10, 8, 6)),
                new SegmentSpec("b", 0, 3, 2, TestProblems.gains(9, 3, 1)));

        AllocationResult free = GreedyReference.allocate(problem(2, segments, List.of()));
        AllocationResult costly = GreedyReference.allocate(new AllocationProblem("c", TestProblems.STEP, 2, segments,
                List.of(), new BigDecimal("5")));

        assertThat(free.stepsOf("a")).isEqualTo(1);
        assertThat(free.objective()).isEqualByComparingTo("19");
        assertThat(costly.stepsOf("a")).isZero();
        assertThat(costly.stepsOf("b")).isEqualTo(2);
        assertThat(costly.objective()).isEqualByComparingTo("12");
        assertThat(costly.expectedUplift()).isEqualByComparingTo("12");
    }

    @Test
    void stopsGivingToSegmentsWhoseGroupIsFull() {
        // a and b share a cap of 2 steps, so the third step goes to c despite b's larger gain
        AllocationResult result = GreedyReference.allocate(problem(3,
                List.of(segment("a", 0, 3, 10, 9, 8), segment("b", 0, 3, 10, 9, 8), segment("c", 0, 3, 3, 2, 1)),
                List.of(new GroupCap("north", Set.of("a", "b"), 2))));

        assertThat(result.stepsOf("a") + result.stepsOf("b")).isEqualTo(2);
        assertThat(result.stepsOf("c")).isEqualTo(1);
        assertThat(result.objective()).isEqualByComparingTo("23");
    }

    @Test
    void matchesTheExactReferenceWhenCapsAreNestedOrDisjoint() {
        Random random = new Random(42);
        for (int instance = 0; instance < 200; instance++) {
            AllocationProblem problem = TestProblems.randomSmall(random, 5, 4, false);

            assertThat(GreedyReference.isExact(problem)).isTrue();
            assertThat(GreedyReference.allocate(problem).objective())
                    .as("instance %d", instance)
                    .isEqualByComparingTo(ExactSmallReference.allocate(problem).objective());
        }
    }

    @Test
    void matchesTheExactReferenceOnTheBenchmarkInstance() {
        AllocationProblem benchmark = PlanBenchmark.generate(200, 100, 1);

        assertThat(GreedyReference.allocate(benchmark).objective())
                .isEqualByComparingTo(ExactSmallReference.allocate(benchmark).objective());
    }

    @Test
    void refusesCapsThatPartlyOverlap() {
        AllocationProblem problem = problem(3,
                List.of(segment("a", 0, 1, 7), segment("b", 0, 1, 10), segment("c", 0, 1, 7)),
                List.of(new GroupCap("left", Set.of("a", "b"), 1), new GroupCap("right", Set.of("b", "c"), 1)));

        assertThat(GreedyReference.isExact(problem)).isFalse();
        assertThatThrownBy(() -> GreedyReference.allocate(problem))
                .hasMessage("greedy marginal allocation is exact only when group caps are nested or disjoint, "
                        + "but caps left and right partly overlap");
    }
}
