package io.promoplatform.planner;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.event.BestSolutionChangedEvent;

/**
 * One allocation run. {@link #run()} blocks the calling thread until the time limit or {@link #cancel()};
 * an asynchronous job runs it on its own executor and keeps this object to cancel it.
 */
public final class PlanningJob {

    private final MinorUnitProblem problem;
    private final SolverFactory<BudgetPlan> solverFactory;
    private final Consumer<Progress> progress;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile Solver<BudgetPlan> solver;

    PlanningJob(MinorUnitProblem problem, SolverFactory<BudgetPlan> solverFactory, Consumer<Progress> progress) {
        this.problem = problem;
        this.solverFactory = solverFactory;
        this.progress = progress;
    }

    /**
     * Solves and returns the best plan found. A job cancelled while solving returns the best plan so far;
     * one cancelled before it started throws {@link CancellationException}.
     */
    public AllocationResult run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a planning job runs once");
        }
        Solver<BudgetPlan> newSolver = solverFactory.buildSolver();
        newSolver.addEventListener(this::bestSolutionChanged);
        solver = newSolver;
        if (cancelled.get()) {
            throw new CancellationException("planning job for campaign " + problem.problem().campaignId()
                    + " was cancelled before it started");
        }
        long start = System.nanoTime();
        BudgetPlan best = newSolver.solve(PlanMapping.toPlan(problem));
        return problem.toResult(PlanMapping.stepsOf(best), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Stops the solver as soon as it notices; {@link #run()} then returns the best plan so far. */
    public void cancel() {
        cancelled.set(true);
        Solver<BudgetPlan> current = solver;
        if (current != null) {
            current.terminateEarly();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    private void bestSolutionChanged(BestSolutionChangedEvent<BudgetPlan> event) {
        // The solver forgets a termination request that arrives just before it starts, so check again here.
        if (cancelled.get()) {
            solver.terminateEarly();
        }
        HardSoftLongScore score = (HardSoftLongScore) event.getNewBestScore();
        if (score.isSolutionInitialized()) {
            progress.accept(new Progress(problem.money(score.softScore()), score.isFeasible(), score.toString(),
                    Duration.ofMillis(event.getTimeMillisSpent())));
        }
    }
}
