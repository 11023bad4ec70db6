package io.promoplatform.planner;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Splits a campaign's budget over its segments with OptaPlanner. Plain Java: the caller owns threads,
 * persistence and the HTTP job around it.
 */
public final class BudgetPlanner {

    private final Long randomSeed;

    /** A planner whose runs differ in their random choices, as a product should. */
    public BudgetPlanner() {
        this(null);
    }

    /** A planner whose random choices repeat for a given seed (benchmarks, tests). */
    public BudgetPlanner(Long randomSeed) {
        this.randomSeed = randomSeed;
    }

    /** Solves for at most {@code limit}, reporting every better plan found on the calling thread. */
    public AllocationResult solve(AllocationProblem problem, Duration limit, Consumer<Progress> progress) {
        return newJob(problem, limit, progress).run();
    }

    /** A job to run on the caller's executor and cancel through {@link PlanningJob#cancel()}. */
    public PlanningJob newJob(AllocationProblem problem, Duration limit, Consumer<Progress> progress) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(progress, "progress");
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, was " + limit);
        }
        SolverFactory<BudgetPlan> factory = SolverFactory.create(BudgetSolverConfig.create(limit, randomSeed));
        return new PlanningJob(new MinorUnitProblem(problem), factory, progress);
    }
}
