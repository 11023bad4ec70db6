package io.promoplatform.engine.bench;

import io.promoplatform.engine.drools.DroolsEvaluator;
import io.promoplatform.engine.drools.ReleaseCompiler;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.QuoteEngine;
import io.promoplatform.engine.release.RuleSource;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Release build time: compile the rules into a KieBase, then price the smoke carts (20 rounds, as a
 * release build does before it goes live). Single-shot: every measured build starts from nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class ReleaseBuildBenchmark {

    @Param({"1000", "10000"})
    int rules;

    private List<RuleSource> sources;
    private List<PricingInput> smoke;

    @Setup
    public void generate() {
        BenchmarkRules.Catalog catalog = BenchmarkRules.Catalog.proportional(rules);
        sources = BenchmarkRules.sources(BenchmarkRules.rules(rules, 42, catalog));
        smoke = BenchmarkRules.carts(11, 3, catalog);
    }

    @Benchmark
    public int buildProveAndWarm() {
        ReleaseCompiler.Result result = new ReleaseCompiler().compile(sources, BenchmarkRules.USD);
        DroolsEvaluator evaluator = new DroolsEvaluator(QuoteEngine.MAX_FIRINGS_PER_LINE);
        int fired = 0;
        for (int round = 0; round < 20; round++) {
            for (PricingInput cart : smoke) {
                fired += evaluator.fire(result.compiled(), cart).fired();
            }
        }
        return fired;
    }
}
