package io.promoplatform.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.engine.quote.Signals;
import io.promoplatform.rules.guided.GuidedRuleParser;
import io.promoplatform.rules.guided.ParseResult;
import io.promoplatform.rules.guided.RuleRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules from readable JSON and carts with PRICING.md's example defaults (USD, list 10.00, cost 6.00). */
final class Fixtures {

    static final Currency USD = Currency.getInstance("USD");
    static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    private Fixtures() {
    }

    /** A rule in release form, from JSON written with single quotes; fails the test if it does not parse. */
    static RuleRef rule(String id, String singleQuotedJson) {
        ParseResult parsed = GuidedRuleParser.parse(singleQuotedJson.replace('\'', '"'), USD);
        assertThat(parsed.errors()).as("rule %s", id).isEmpty();
        return new RuleRef(id, 1, parsed.rule());
    }

    static PricingLine line(int lineNo, String sku, int quantity) {
        return line(lineNo, sku, quantity, "10.00", "6.00");
    }

    static PricingLine line(int lineNo, String sku, int quantity, String listPrice, String cost) {
        return new PricingLine(lineNo, sku, quantity, new BigDecimal(listPrice), new BigDecimal(cost), "Tropicana",
                "juice", null);
    }

    static PricingLine lineWithSignals(int lineNo, String sku, double elasticity, double baselineUnits) {
        return new PricingLine(lineNo, sku, 1, new BigDecimal("10.00"), new BigDecimal("6.00"), "Tropicana", "juice",
                new Signals(elasticity, baselineUnits));
    }

    static Cart cart(PricingLine... lines) {
        return new Cart(List.of(lines));
    }

    /** A cart being described; every quote-level fact has a default a rule without conditions accepts. */
    static final class Cart {

        private final List<PricingLine> lines;
        private String segment = "default";
        private String channel = "web";
        private String store;
        private Set<String> tags = Set.of();
        private final List<String> coupons = new ArrayList<>();
        private Instant at = AT;
        private final Map<String, BigDecimal> budgets = new HashMap<>();

        private Cart(List<PricingLine> lines) {
            this.lines = lines;
        }

        Cart segment(String value) {
            segment = value;
            return this;
        }

        Cart channel(String value) {
            channel = value;
            return this;
        }

        Cart store(String value) {
            store = value;
            return this;
        }

        Cart tags(String... values) {
            tags = Set.of(values);
            return this;
        }

        Cart coupons(String... codes) {
            coupons.addAll(List.of(codes));
            return this;
        }

        Cart at(String instant) {
            at = Instant.parse(instant);
            return this;
        }

        Cart budget(String campaign, String remaining) {
            budgets.put(campaign, new BigDecimal(remaining));
            return this;
        }

        PricingInput input() {
            return new PricingInput(segment, channel, store, "C-1", tags, coupons, at, USD, lines, budgets);
        }
    }
}
