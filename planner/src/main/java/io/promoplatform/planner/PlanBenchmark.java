package io.promoplatform.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * {@code plan benchmark}: how close the product's solver gets to the exact optimum on a separable instance.
 *
 * <p>The instance is drawn from the seed: each segment's uplift is a saturating curve a·(1 − e^(−b·x)) with
 * its asymptote a and rate b drawn per segment, its floor up to a tenth of the steps and its ceiling between
 * half and all of them; the budget is 60% of the sum of ceilings, so it binds and the split matters.
 * {@code steps} is the resolution of every segment's curve. The solver runs the configuration jobs use;
 * the optimum is greedy marginal allocation, which is exact here.
 */
public final class PlanBenchmark {

    static final BigDecimal STEP = new BigDecimal("50.00");
    static final double BUDGET_SHARE_OF_CEILINGS = 0.6;
    private static final int MONEY_SCALE = 2;
    private static final List<Duration> CHECKPOINTS = List.of(Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30));

    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException badUsage) {
            System.err.println(badUsage.getMessage());
            System.err.println("usage: plan benchmark --segments 200 --steps 100 --seconds 5 --seed 1");
            System.exit(2);
            return;
        }
        BenchmarkResult result = run(arguments.segments(), arguments.steps(), arguments.seconds(), arguments.seed(),
                System.out::println);
        System.out.println(result.toJsonLine());
    }

    public static BenchmarkResult run(int segments, int steps, int seconds, long seed, Consumer<String> progress) {
        if (seconds < 1) {
            throw new IllegalArgumentException("--seconds must be at least 1, was " + seconds);
        }
        AllocationProblem problem = generate(segments, steps, seed);
        BigDecimal optimum = GreedyReference.allocate(problem).objective();
        progress.accept("instance: " + segments + " segments x " + steps + " steps, budget " + problem.budgetSteps()
                + " steps of " + STEP + ", exact optimum " + optimum.toPlainString());

        List<Progress> improvements = new CopyOnWriteArrayList<>();
        AllocationResult solved = new BudgetPlanner(seed).solve(problem, Duration.ofSeconds(seconds),
                improvements::add);

        Optional<GapSample> construction = improvements.stream().findFirst()
                .map(first -> sample(first.elapsed(), first.objective(), optimum));
        construction.ifPresent(c -> progress.accept("construction heuristic: " + describe(c)));
        List<GapSample> overTime = new ArrayList<>();
        for (Duration checkpoint : CHECKPOINTS) {
            if (checkpoint.compareTo(solved.elapsed()) > 0) {
                break;
            }
            bestAt(improvements, checkpoint).ifPresent(best -> {
                GapSample sample = sample(checkpoint, best, optimum);
                overTime.add(sample);
                progress.accept("best at " + describe(sample));
            });
        }
        GapSample last = sample(solved.elapsed(), solved.objective(), optimum);
        progress.accept("final: " + describe(last) + (solved.feasible() ? "" : " (INFEASIBLE)"));
        BigDecimal elapsedSeconds = BigDecimal.valueOf(solved.elapsed().toMillis(), 3);
        return new BenchmarkResult(segments, steps, optimum, solved.objective(), last.gapPercent(), elapsedSeconds,
                construction, overTime);
    }

    /** The separable instance for a seed; the same arguments always give the same instance. */
    public static AllocationProblem generate(int segments, int steps, long seed) {
        if (segments < 1 || steps < 1) {
            throw new IllegalArgumentException("--segments and --steps must be at least 1");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<SegmentSpec> specs = new ArrayList<>(segments);
        long ceilings = 0;
        long floors = 0;
        for (int i = 0; i < segments; i++) {
            int min = random.nextInt(steps / 10 + 1);
            int max = Math.max(min, steps / 2 + random.nextInt(steps - steps / 2 + 1));
            specs.add(new SegmentSpec("segment-" + (i + 1), min, max, null, saturatingCurve(random, steps)));
            ceilings += max;
            floors += min;
        }
        int budget = (int) Math.max(floors, Math.round(BUDGET_SHARE_OF_CEILINGS * ceilings));
        return new AllocationProblem("benchmark-" + seed, STEP, budget, specs, List.of());
    }

    /**
     * a·(1 − e^(−b·x)) in minor units. Each step's gain is rounded to a minor unit and then capped by the
     * previous step's gain, because rounding alone can make a tail gain one unit larger than the one before it.
     */
    private static UpliftCurve saturatingCurve(SplittableRandom random, int steps) {
        double asymptoteMinor = (500 + 4500 * random.nextDouble()) * 100;
        double rate = (0.5 + 4.5 * random.nextDouble()) / steps;
        List<BigDecimal> margins = new ArrayList<>(steps + 1);
        margins.add(BigDecimal.ZERO.setScale(MONEY_SCALE));
        long cumulative = 0;
        long previousGain = Long.MAX_VALUE;
        for (int x = 1; x <= steps; x++) {
            long gain = Math.round(asymptoteMinor * (Math.exp(-rate * (x - 1)) - Math.exp(-rate * x)));
            gain = Math.min(gain, previousGain);
            previousGain = gain;
            cumulative += gain;
            margins.add(BigDecimal.valueOf(cumulative, MONEY_SCALE));
        }
        return new UpliftCurve(margins);
    }

    private static Optional<BigDecimal> bestAt(List<Progress> improvements, Duration at) {
        return improvements.stream().filter(p -> p.elapsed().compareTo(at) <= 0).reduce((a, b) -> b)
                .map(Progress::objective);
    }

    private static GapSample sample(Duration at, BigDecimal found, BigDecimal optimum) {
        BigDecimal gap = optimum.signum() == 0 ? BigDecimal.ZERO
                : optimum.subtract(found).multiply(BigDecimal.valueOf(100)).divide(optimum, 6, RoundingMode.HALF_UP);
        return new GapSample(at, found, gap);
    }

    private static String describe(GapSample sample) {
        return String.format("%.3f s: found %s, gap %s%%", sample.elapsed().toMillis() / 1000.0,
                sample.found().toPlainString(), sample.gapPercent().toPlainString());
    }

    private record Arguments(int segments, int steps, int seconds, long seed) {

        static Arguments parse(String[] args) {
            int segments = 200;
            int steps = 100;
            int seconds = 5;
            long seed = 1;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                try {
                    switch (name) {
                        case "--segments" -> segments = Integer.parseInt(value);
                        case "--steps" -> steps = Integer.parseInt(value);
                        case "--seconds" -> seconds = Integer.parseInt(value);
                        case "--seed" -> seed = Long.parseLong(value);
                        default -> throw new IllegalArgumentException("unknown option " + name);
                    }
                } catch (NumberFormatException notANumber) {
                    throw new IllegalArgumentException(name + " needs a whole number, was " + value);
                }
            }
            return new Arguments(segments, steps, seconds, seed);
        }
    }
}
