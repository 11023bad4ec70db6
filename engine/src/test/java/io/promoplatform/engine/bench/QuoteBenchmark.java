package io.promoplatform.engine.bench;

import io.promoplatform.engine.drools.CompiledRules;
import io.promoplatform.engine.drools.DroolsEvaluator;
import io.promoplatform.engine.drools.ReleaseCompiler;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.quote.QuoteEngine;
import io.promoplatform.engine.reference.ReferenceEvaluator;
import io.promoplatform.rules.guided.RuleRef;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Quote latency for a 5-line cart at 10 to 10,000 active rules (SKU, category and segment conditions
 * mixed), through Drools and through the plain-Java reference evaluator on the same carts. Sample
 * mode reports p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class QuoteBenchmark {

    @Param({"10", "100", "1000", "10000"})
    int rules;

    /** proportional: the catalog grows with the rules; dense: 5,000 SKUs and 100 categories always. */
    @Param({"proportional"})
    String catalog;

    private CompiledRules compiled;
    private List<RuleRef> refs;
    private List<PricingInput> carts;
    private final DroolsEvaluator drools = new DroolsEvaluator(QuoteEngine.MAX_FIRINGS_PER_LINE);
    private final ReferenceEvaluator reference = new ReferenceEvaluator();
    private int next;

    @Setup(Level.Trial)
    public void build() {
        BenchmarkRules.Catalog shape = BenchmarkRules.Catalog.of(catalog, rules);
        refs = BenchmarkRules.rules(rules, 42, shape);
        ReleaseCompiler.Result result = new ReleaseCompiler().compile(BenchmarkRules.sources(refs), BenchmarkRules.USD);
        if (!result.ok()) {
            throw new IllegalStateException(String.join("\n", result.errors()));
        }
        compiled = result.compiled();
        carts = BenchmarkRules.carts(1024, 7, shape);
    }

    private PricingInput nextCart() {
        next = (next + 1) & 1023;
        return carts.get(next);
    }

    @Benchmark
    public PricingResult drools() {
        return drools.price(1, compiled, nextCart());
    }

    @Benchmark
    public PricingResult reference() {
        return reference.price(1, nextCart(), refs);
    }
}
