package io.promoplatform.planner;

import static io.promoplatform.planner.TestProblems.problem;
import static io.promoplatform.planner.TestProblems.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ExactSmallReferenceTest {

    @Test
    void findsTheOptimumWhereGreedyWouldTakeTheSharedSegmentFirst() {
        // b buys most but sits in both caps; a and c together buy more (7 + 7 > 10)
        AllocationResult result = ExactSmallReference.allocate(problem(3,
                List.of(segment("a", 0, 1, 7), segment("b", 0, 1, 10), segment("c", 0, 1, 7)),
                List.of(new GroupCap("left", Set.of("a", "b"), 1), new GroupCap("right", Set.of("b", "c"), 1))));

        assertThat(result.stepsOf("a")).isEqualTo(1);
        assertThat(result.stepsOf("b")).isZero();
        assertThat(result.stepsOf("c")).isEqualTo(1);
        assertThat(result.objective()).isEqualByComparingTo("14");
        assertThat(result.feasible()).isTrue();
    }

    @Test
    void matchesAHandWorkedSeparableCase() {
        AllocationResult result = ExactSmallReference.allocate(problem(3,
                List.of(segment("a", 0, 3, 10, 8, 6), segment("b", 0, 3, 9, 3, 1)), List.of()));

        assertThat(result.stepsOf("a")).isEqualTo(2);
        assertThat(result.stepsOf("b")).isEqualTo(1);
        assertThat(result.objective()).isEqualByComparingTo("27");
    }

    @Test
    void everyPlanItReturnsIsFeasible() {
        Random random = new Random(7);
        for (int instance = 0; instance < 100; instance++) {
            assertThat(ExactSmallReference.allocate(TestProblems.randomSmall(random, 6, 4, true)).feasible())
                    .as("instance %d", instance).isTrue();
        }
    }

    @Test
    void refusesProblemsTooLargeToEnumerate() {
        AllocationProblem large = PlanBenchmark.generate(1000, 100, 1);

        assertThatThrownBy(() -> ExactSmallReference.allocate(large))
                .hasMessageStartingWith("too large for the exact reference");
    }
}
