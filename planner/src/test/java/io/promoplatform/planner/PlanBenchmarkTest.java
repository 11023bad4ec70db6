package io.promoplatform.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PlanBenchmarkTest {

    @Test
    void generatesTheSameInstanceForTheSameSeed() {
        assertThat(PlanBenchmark.generate(30, 20, 9)).isEqualTo(PlanBenchmark.generate(30, 20, 9));
        assertThat(PlanBenchmark.generate(30, 20, 9)).isNotEqualTo(PlanBenchmark.generate(30, 20, 10));
    }

    @Test
    void generatesABudgetThatBindsAndCurvesThatCoverEveryStep() {
        AllocationProblem problem = PlanBenchmark.generate(200, 100, 1);

        int ceilings = problem.segments().stream().mapToInt(SegmentSpec::maxSteps).sum();
        assertThat(problem.budgetSteps()).isLessThan(ceilings);
        assertThat(problem.groupCaps()).isEmpty();
        assertThat(problem.segments()).allSatisfy(segment -> {
            assertThat(segment.curve().maxSteps()).isEqualTo(100);
            assertThat(segment.maxSteps()).isBetween(50, 100);
            assertThat(segment.minSteps()).isBetween(0, 10);
        });
        assertThat(GreedyReference.isExact(problem)).isTrue();
    }

    @Test
    void reportsGapOverTimeAndTheConstructionHeuristicSeparately() {
        List<String> lines = new ArrayList<>();

        BenchmarkResult result = PlanBenchmark.run(20, 20, 1, 4, lines::add);

        assertThat(result.segments()).isEqualTo(20);
        assertThat(result.steps()).isEqualTo(20);
        assertThat(result.found()).isLessThanOrEqualTo(result.optimum());
        assertThat(result.gapPercent()).isLessThan(new BigDecimal("0.1"));
        assertThat(result.construction()).isPresent();
        assertThat(result.gapOverTime()).extracting(sample -> sample.elapsed().toMillis()).contains(500L);
        assertThat(lines).anyMatch(line -> line.startsWith("construction heuristic: "));
        assertThat(lines).anyMatch(line -> line.startsWith("best at 0.500 s: "));
    }

    @Test
    void printsTheContractJsonLineLast() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            PlanBenchmark.main(new String[] {"--segments", "10", "--steps", "10", "--seconds", "1", "--seed", "3"});
        } finally {
            System.setOut(original);
        }
        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\\R");

        assertThat(lines[lines.length - 1]).matches("\\{\"segments\": 10, \"steps\": 10, \"optimum\": [0-9.]+, "
                + "\"found\": [0-9.]+, \"gapPercent\": -?[0-9.]+, \"seconds\": [0-9.]+}");
    }

    @Test
    void writesTheJsonLineWithPlainNumbers() {
        BenchmarkResult result = new BenchmarkResult(200, 100, new BigDecimal("367813.61"),
                new BigDecimal("367813.61"), new BigDecimal("0.000000"), new BigDecimal("5.043"),
                Optional.empty(), List.of());

        assertThat(result.toJsonLine()).isEqualTo("{\"segments\": 200, \"steps\": 100, \"optimum\": 367813.61, "
                + "\"found\": 367813.61, \"gapPercent\": 0.000000, \"seconds\": 5.043}");
    }
}
