package io.promoplatform.planner;

import java.time.Duration;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The one solver configuration the product uses, for jobs and for {@code plan benchmark} alike.
 *
 * <p>Shape of the problem: one integer variable per segment, a budget that binds, concave returns. First-fit
 * construction gives each segment in turn the most steps the budget allows while holding back the floors of
 * the segments still to come (see {@link BudgetConstraintProvider}), so it hands over a feasible but lopsided
 * plan, about 28% below the optimum on the benchmark. Local search then rebalances. Most of its moves are
 * {@link StepTransferMove}s, which keep the total fixed and so never break the budget; the rest are ordinary
 * change moves, which spend or release budget when the total should move (budget left unspent, or a group
 * cap that binds), and a few of both at once: when a segment sits in two full caps, giving it a step means
 * taking one from a segment in each cap, which neither move can do alone without breaking a cap.
 *
 * <p>Late acceptance rather than hill climbing: on separable problems hill climbing is exact and a little
 * faster, but overlapping group caps create plans that no single move improves, and late acceptance can
 * walk out of them. Taking the best of
 * {@value #ACCEPTED_COUNT_LIMIT} accepted moves instead of the first keeps the climb steep: on the
 * 200-segment benchmark the gap after one second is under 0.001% instead of 1.5 to 5%.
 *
 * <p>The job stops at its time limit, or earlier once half of it has passed without a better plan: a
 * marketer who allowed ten seconds should not wait the last five for nothing.
 */
final class BudgetSolverConfig {

    static final double TRANSFER_MOVE_WEIGHT = 0.75;
    static final double CHANGE_MOVE_WEIGHT = 0.15;
    static final double TRANSFER_AND_CHANGE_MOVE_WEIGHT = 0.1;
    static final int LATE_ACCEPTANCE_SIZE = 400;
    static final int ACCEPTED_COUNT_LIMIT = 8;
    private static final Duration MIN_UNIMPROVED = Duration.ofSeconds(1);

    private BudgetSolverConfig() {
    }

    static Duration unimprovedLimit(Duration limit) {
        Duration half = limit.dividedBy(2);
        return half.compareTo(MIN_UNIMPROVED) < 0 ? MIN_UNIMPROVED : half;
    }

    private static MoveIteratorFactoryConfig transfers() {
        return new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(StepTransferMoveIteratorFactory.class);
    }

    static SolverConfig create(Duration limit, Long randomSeed) {
        return new SolverConfig()
                .withSolutionClass(BudgetPlan.class)
                .withEntityClasses(SegmentAllocation.class)
                .withConstraintProviderClass(BudgetConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withRandomSeed(randomSeed)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(limit)
                        .withUnimprovedSpentLimit(unimprovedLimit(limit)))
                .withPhases(
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                        transfers().withFixedProbabilityWeight(TRANSFER_MOVE_WEIGHT),
                                        new ChangeMoveSelectorConfig().withFixedProbabilityWeight(CHANGE_MOVE_WEIGHT),
                                        new CartesianProductMoveSelectorConfig()
                                                .withMoveSelectors(transfers(), new ChangeMoveSelectorConfig())
                                                .withFixedProbabilityWeight(TRANSFER_AND_CHANGE_MOVE_WEIGHT)))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT)));
    }
}
