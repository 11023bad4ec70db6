package io.promoplatform.engine.drools;

import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.rules.Money;
import io.promoplatform.rules.facts.LineFact;
import io.promoplatform.rules.facts.MatchSink;
import io.promoplatform.rules.facts.QuoteFact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Prices one cart through a release's KieBase: inserts the quote and line facts into a pooled
 * session, collects at most {@code maxFirings} matches (guided ones without firing them), then
 * applies the reported matches in PRICING.md's order. A cart whose rules hit the bound is priced
 * without promotions, with a {@code rules-aborted} warning.
 */
public final class DroolsEvaluator {

    private final int maxFiringsPerLine;

    /** @param maxFiringsPerLine the firing bound per quote is this times the line count (plus one line's worth) */
    public DroolsEvaluator(int maxFiringsPerLine) {
        this.maxFiringsPerLine = maxFiringsPerLine;
    }

    /**
     * The outcome of firing, before the pricing steps: what matched, how many matches counted toward the
     * bound ({@code fired}: guided matches collected plus raw DRL fired) and whether the bound was hit.
     */
    public record Firing(List<Match> matches, int fired, boolean aborted) {
    }

    /** Prices {@code input}; {@code rules} is null for a release without rules (every cart at list). */
    public PricingResult price(long release, CompiledRules rules, PricingInput input) {
        if (rules == null) {
            return PricingSteps.apply(release, input, List.of(), java.util.Set.of(), false);
        }
        Firing firing = fire(rules, input);
        return PricingSteps.apply(release, input, firing.matches(), rules.couponCodes(), firing.aborted());
    }

    public Firing fire(CompiledRules rules, PricingInput input) {
        List<Match> matches = new ArrayList<>();
        MatchSink sink = (ruleName, lineNo, effect) -> matches.add(new Match(rules.meta(ruleName), lineNo, effect));
        BigDecimal listSubtotal = Money.zero(input.currency());
        for (PricingLine line : input.lines()) {
            listSubtotal = listSubtotal.add(Money.round(line.listUnitPrice(), input.currency())
                    .multiply(BigDecimal.valueOf(line.quantity())));
        }
        QuoteFact quote = new QuoteFact(input.segment(), input.channel(), input.storeId(), input.customerId(),
                input.customerTags(), new HashSet<>(input.couponCodes()), input.at().toEpochMilli(), listSubtotal);
        List<Object> facts = new ArrayList<>(input.lines().size() + 1);
        for (PricingLine line : input.lines()) {
            facts.add(new LineFact(line.lineNo(), line.sku(), line.quantity(), line.brand(), line.category(),
                    line.listUnitPrice(), line.unitCost(),
                    line.signals() == null ? null : line.signals().elasticity(),
                    line.signals() == null ? null : line.signals().baselineUnits(), quote, sink));
        }
        facts.add(quote);
        int bound = maxFiringsPerLine * (input.lines().size() + 1);
        // a pooled stateful session used directly: dispose() resets it and hands it back to the pool.
        // (The stateless command path cost a class look-up by name, a command registry and a batch per
        // quote, about a quarter of the time spent in Drools under load.)
        KieSession session = rules.sessions().newKieSession();
        Collector collector = new Collector(rules, matches, bound);
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules(collector, bound + 1);
        } finally {
            session.dispose();
        }
        return new Firing(matches, collector.seen, collector.seen > bound);
    }

    /**
     * Sees every match before it would fire. A guided rule's match is recorded here and not fired: its
     * consequence would only report the rule's name and line, and running it (an MVEL call through
     * reflection per match) was a tenth of a quote's time at 1,000 rules. A guided rule has one pattern
     * and a consequence that changes nothing, so not firing it cannot change what else matches. Raw DRL
     * fires and reports through its consequence. Both count toward the bound; past it nothing more
     * fires or is recorded, and the caller prices the cart without promotions.
     */
    private static final class Collector implements AgendaFilter {
        private final CompiledRules rules;
        private final List<Match> matches;
        private final int bound;
        private int seen;

        Collector(CompiledRules rules, List<Match> matches, int bound) {
            this.rules = rules;
            this.matches = matches;
            this.bound = bound;
        }

        @Override
        public boolean accept(org.kie.api.runtime.rule.Match match) {
            if (++seen > bound) {
                return false;
            }
            RuleMeta meta = rules.meta(match.getRule().getName());
            if (meta.effect() == null) {
                return true;
            }
            matches.add(new Match(meta, ((LineFact) match.getObjects().get(0)).getLineNo(), null));
            return false;
        }
    }

}
