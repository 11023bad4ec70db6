package io.promoplatform.engine.quote;

import io.promoplatform.engine.drools.DroolsEvaluator;
import io.promoplatform.engine.release.Release;
import io.promoplatform.engine.release.ReleaseRuntime;

/**
 * Prices carts with the active release. Reads the release once per quote, so every line of a quote is
 * priced by the same release even while another is being swapped in.
 */
public final class QuoteEngine {

    /** Firings allowed per cart line before a rule set is cut off as runaway (PRICING.md's bound). */
    public static final int MAX_FIRINGS_PER_LINE = 10_000;

    private final ReleaseRuntime runtime;
    private final DroolsEvaluator evaluator = new DroolsEvaluator(MAX_FIRINGS_PER_LINE);

    public QuoteEngine(ReleaseRuntime runtime) {
        this.runtime = runtime;
    }

    public PricingResult price(PricingInput input) {
        return price(runtime.active(), input);
    }

    public PricingResult price(Release release, PricingInput input) {
        return evaluator.price(release.number(), release.compiled(), input);
    }
}
