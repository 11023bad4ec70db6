package io.promoplatform.engine.model;

import io.promoplatform.engine.quote.Signals;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-quote scoring: the signals of one quote line (SKU × segment) from the precomputed
 * {@link PriceSignals}, as the quote path does it. The target is at most 5 µs per line; the lookup is two
 * hash-map reads, so it measures in nanoseconds. Sample mode reports p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class SignalScoringBenchmark {

    private static final List<String> SEGMENTS =
            List.of("affluent-educated", "seniors", "urban-ethnic", "value-suburban", "young-working", "default");

    private PriceSignals signals;
    private String[] skus;
    private String[] segments;
    private int next;

    @Setup
    public void build() {
        Map<Integer, Map<String, Signals>> table = new TreeMap<>();
        for (OjBrand brand : OjBrand.values()) {
            Map<String, Signals> bySegment = new TreeMap<>();
            for (int s = 0; s < SEGMENTS.size(); s++) {
                bySegment.put(SEGMENTS.get(s), new Signals(-2 - 0.1 * s - 0.05 * brand.number(), 1000 + 37 * s));
            }
            table.put(brand.number(), bySegment);
        }
        signals = PriceSignals.of(table);
        // 1024 quote lines: the sample SKUs, an unknown SKU now and then, segments the model does not know.
        skus = new String[1024];
        segments = new String[1024];
        for (int i = 0; i < skus.length; i++) {
            skus[i] = i % 17 == 0 ? "NOT-JUICE-" + i : OjBrand.values()[i % OjBrand.COUNT].sku();
            segments[i] = i % 13 == 0 ? "vip-" + i : SEGMENTS.get(i % SEGMENTS.size());
        }
    }

    @Benchmark
    public Optional<Signals> lineSignals() {
        next = (next + 1) & 1023;
        return signals.find(skus[next], segments[next]);
    }
}
