package io.promoplatform.web.quote;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.promoplatform.engine.quote.AppliedRule;
import io.promoplatform.engine.quote.PricingResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * What a quote tells operations: how long the storefront waited ({@code promo.quote.latency}, a
 * histogram Prometheus can take percentiles of), and which kinds of rules fired
 * ({@code promo.rule.firings}). Tags are bounded: an outcome and a rule kind, never a rule id or SKU.
 */
@Component
public class QuoteMetrics {

    /** The MDC key every log line of a quote request carries once the quote has an id. */
    public static final String QUOTE_ID = "quoteId";

    private final MeterRegistry registry;
    private final Counter quotes;
    /** Meters by tag value, built once: the builders look the meter up in the registry on every call. */
    private final Map<String, Counter> firings = new ConcurrentHashMap<>();
    private final Map<String, Timer> latency = new ConcurrentHashMap<>();

    QuoteMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.quotes = Counter.builder("promo.quotes.priced").description("Quotes priced and stored")
                .register(registry);
    }

    /** The quote id goes into the MDC before pricing, so every log line of the quote carries it. */
    public void begin(String quoteId) {
        MDC.put(QUOTE_ID, quoteId);
    }

    /** A quote was priced and is about to be stored: it and the kinds of its fired rules are counted. */
    public void quoted(PricingResult result) {
        quotes.increment();
        for (AppliedRule rule : result.appliedRules()) {
            firings.computeIfAbsent(rule.kind() == null ? "unknown" : rule.kind(),
                    kind -> Counter.builder("promo.rule.firings").description("Rules that changed a quote, by kind")
                            .tag("kind", kind).register(registry)).increment();
        }
    }

    /** The end-to-end latency of one POST /api/v1/quotes, as the storefront saw it. */
    void latency(long nanos, int status) {
        latency.computeIfAbsent(status < 400 ? "success" : status < 500 ? "client-error" : "server-error",
                outcome -> Timer.builder("promo.quote.latency").description("Time to answer POST /api/v1/quotes")
                        .tag("outcome", outcome).publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                        .register(registry))
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
