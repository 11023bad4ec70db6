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

/**
 * Prices one cart through a release's KieBase: inserts the quote and line facts into a stateless
 * pooled session, fires at most {@code maxFirings} rules, then applies the reported matches in PRICING.md's
 * order. A cart whose rules hit the bound is priced without promotions, with a {@code rules-aborted}
 * warning.
 */
public final class DroolsEvaluator {

    private final int maxFiringsPerLine;

    /** @param maxFiringsPerLine the firing bound per quote is this times the line count (plus one line's worth) */
    public DroolsEvaluator(int maxFiringsPerLine) {
        this.maxFiringsPerLine = maxFiringsPerLine;
    }

    /** The outcome of firing, before the pricing steps: what matched and whether the bound was hit. */
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
        int fired;
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            fired = session.fireAllRules(bound + 1);
        } finally {
            session.dispose();
        }
        return new Firing(matches, fired, fired > bound);
    }

}
