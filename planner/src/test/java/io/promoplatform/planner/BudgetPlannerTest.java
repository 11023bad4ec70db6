package io.promoplatform.planner;

import static io.promoplatform.planner.TestProblems.problem;
import static io.promoplatform.planner.TestProblems.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class BudgetPlannerTest {

    private final BudgetPlanner planner = new BudgetPlanner(1L);

    @Test
    void comesWithinAHundredthOfAPercentOfTheGreedyOptimumOnTwentySegmentsInTwoSeconds() {
        AllocationProblem problem = PlanBenchmark.generate(20, 50, 7);
        BigDecimal optimum = GreedyReference.allocate(problem).objective();

        AllocationResult result = planner.solve(problem, Duration.ofSeconds(2), progress -> { });

        assertThat(result.feasible()).isTrue();
        assertThat(gapPercent(optimum, result.objective())).isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(result.segments().stream().mapToInt(SegmentResult::steps).sum())
                .isLessThanOrEqualTo(problem.budgetSteps());
    }

    @Test
    void findsTheExactOptimumWhenGroupCapsOverlap() {
        Random random = new Random(11);
        for (int instance = 0; instance < 3; instance++) {
            AllocationProblem problem = TestProblems.randomSmall(random, 6, 5, true);
            AllocationResult exact = ExactSmallReference.allocate(problem);

            AllocationResult solved = planner.solve(problem, Duration.ofSeconds(1), progress -> { });

            assertThat(solved.feasible()).isTrue();
            assertThat(solved.objective()).as("instance %d", instance).isEqualByComparingTo(exact.objective());
        }
    }

    @Test
    void escapesAPlanWhereTwoFullCapsBlockTheBestSegment() {
        // First fit gives p and r their step (7 + 7), which fills both caps q sits in. Only taking p's step
        // to q while releasing r's reaches q alone (20); every single move from there breaks a cap or loses.
        AllocationProblem problem = problem(2,
                List.of(segment("p", 0, 1, 7), segment("q", 0, 1, 20), segment("r", 0, 1, 7)),
                List.of(new GroupCap("left", Set.of("p", "q"), 1), new GroupCap("right", Set.of("q", "r"), 1)));

        AllocationResult result = planner.solve(problem, Duration.ofSeconds(1), progress -> { });

        assertThat(result.stepsOf("q")).isEqualTo(1);
        assertThat(result.objective()).isEqualByComparingTo(ExactSmallReference.allocate(problem).objective())
                .isEqualByComparingTo("20");
    }

    @Test
    void weighsUpliftAgainstTheCostOfChangingThePreviousPlan() {
        List<SegmentSpec> segments = List.of(
                new SegmentSpec("a", 0, 3, 0, TestProblems.gains(10, 8, 6)),
                new SegmentSpec("b", 0, 3, 2, TestProblems.gains(9, 3, 1)));
        AllocationProblem problem = new AllocationProblem("c", TestProblems.STEP, 2, segments, List.of(),
                new BigDecimal("5"));

        AllocationResult result = planner.solve(problem, Duration.ofSeconds(1), progress -> { });

        assertThat(result.stepsOf("a")).isZero();
        assertThat(result.stepsOf("b")).isEqualTo(2);
        assertThat(result.objective()).isEqualByComparingTo("12");
    }

    @Test
    void neverBreaksAGroupCapOrASegmentBound() {
        AllocationProblem problem = problem(6,
                List.of(segment("a", 1, 3, 10, 9, 8), segment("b", 0, 3, 10, 9, 8), segment("c", 0, 2, 3, 2)),
                List.of(new GroupCap("north", Set.of("a", "b"), 3)));

        AllocationResult result = planner.solve(problem, Duration.ofSeconds(1), progress -> { });

        assertThat(result.feasible()).isTrue();
        assertThat(result.score()).startsWith("0hard/");
        assertThat(result.stepsOf("a")).isBetween(1, 3);
        assertThat(result.stepsOf("a") + result.stepsOf("b")).isEqualTo(3);
        assertThat(result.stepsOf("c")).isEqualTo(2);
        // a and b share 3 steps for 10 + 10 + 9, c takes its 2 for 3 + 2
        assertThat(result.objective()).isEqualByComparingTo("34");
    }

    @Test
    void reportsEveryBetterPlanWithItsScoreAndElapsedTime() {
        List<Progress> reports = new ArrayList<>();

        AllocationResult result = planner.solve(PlanBenchmark.generate(20, 50, 3), Duration.ofSeconds(1),
                reports::add);

        assertThat(reports).isNotEmpty();
        assertThat(reports).extracting(Progress::objective).isSortedAccordingTo(BigDecimal::compareTo);
        assertThat(reports).extracting(Progress::elapsed).isSortedAccordingTo(Duration::compareTo);
        Progress last = reports.get(reports.size() - 1);
        assertThat(last.feasible()).isTrue();
        // the solver's own score and the plain-Java objective of the returned plan agree to the minor unit
        assertThat(last.score()).isEqualTo(result.score());
        assertThat(last.objective()).isEqualByComparingTo(result.objective());
    }

    @Test
    void cancellingARunningJobReturnsTheBestPlanSoFar() throws Exception {
        CountDownLatch firstReport = new CountDownLatch(1);
        PlanningJob job = planner.newJob(PlanBenchmark.generate(50, 50, 5), Duration.ofSeconds(60),
                progress -> firstReport.countDown());
        CompletableFuture<AllocationResult> running = CompletableFuture.supplyAsync(job::run);

        assertThat(firstReport.await(10, TimeUnit.SECONDS)).isTrue();
        job.cancel();
        AllocationResult result = running.get(10, TimeUnit.SECONDS);

        assertThat(job.isCancelled()).isTrue();
        assertThat(result.feasible()).isTrue();
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aJobCancelledBeforeItStartsDoesNotSolve() {
        PlanningJob job = planner.newJob(PlanBenchmark.generate(5, 5, 5), Duration.ofSeconds(60), progress -> { });

        job.cancel();

        assertThatThrownBy(job::run).isInstanceOf(CancellationException.class);
    }

    @Test
    void refusesANonPositiveTimeLimit() {
        AllocationProblem problem = PlanBenchmark.generate(5, 5, 5);

        assertThatThrownBy(() -> planner.solve(problem, Duration.ZERO, progress -> { }))
                .hasMessage("the time limit must be positive, was PT0S");
    }

    @Test
    void reportsFromTheSolverThreadOnly() {
        List<String> threads = new CopyOnWriteArrayList<>();

        planner.solve(PlanBenchmark.generate(10, 10, 2), Duration.ofSeconds(1),
                progress -> threads.add(Thread.currentThread().getName()));

        assertThat(threads).containsOnly(Thread.currentThread().getName());
    }

    private static BigDecimal gapPercent(BigDecimal optimum, BigDecimal found) {
        return optimum.subtract(found).multiply(BigDecimal.valueOf(100)).divide(optimum, 6, RoundingMode.HALF_UP);
    }
}
