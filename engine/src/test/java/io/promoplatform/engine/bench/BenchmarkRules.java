package io.promoplatform.engine.bench;

import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.engine.release.RuleSource;
import io.promoplatform.rules.guided.Conditions;
import io.promoplatform.rules.guided.Effect;
import io.promoplatform.rules.guided.EffectType;
import io.promoplatform.rules.guided.GuidedRule;
import io.promoplatform.rules.guided.RuleKind;
import io.promoplatform.rules.guided.RuleRef;
import io.promoplatform.rules.guided.Stacking;
import io.promoplatform.rules.guided.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic rule estate for the benchmarks: rules mix SKU-targeted, category-targeted and
 * segment-targeted promotions, order tiers and guards over 10 segments. The catalog grows with the
 * rule count (5 SKUs and a tenth of a category per rule; at least 1,000 SKUs and 20 categories), as a
 * retailer's does: a cart then meets a similar number of applicable rules at every size, and the
 * benchmark measures how the engine finds them in a larger rule base, not a cart that ten times as
 * many rules apply to. {@link Catalog#dense} keeps 5,000 SKUs and 100 categories at every size, the
 * worst case, for comparison. Fixed seeds, so every run measures the same rules and carts.
 */
final class BenchmarkRules {

    static final Currency USD = Currency.getInstance("USD");
    static final int SEGMENTS = 10;

    private BenchmarkRules() {
    }

    record Catalog(int skus, int categories) {
        static Catalog proportional(int rules) {
            return new Catalog(Math.max(1_000, rules * 5), Math.max(20, rules / 10));
        }

        static Catalog dense() {
            return new Catalog(5_000, 100);
        }

        static Catalog of(String kind, int rules) {
            return kind.equals("dense") ? dense() : proportional(rules);
        }
    }

    static List<RuleRef> rules(int count, long seed, Catalog catalog) {
        Random random = new Random(seed);
        List<RuleRef> rules = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            rules.add(new RuleRef("R-" + i, 1, rule(i, random, catalog)));
        }
        return rules;
    }

    static List<RuleSource> sources(List<RuleRef> rules) {
        return rules.stream().map(r -> RuleSource.guided(r.ruleId(), r.revision(), r.rule())).toList();
    }

    private static GuidedRule rule(int i, Random random, Catalog catalog) {
        int skuCount = catalog.skus();
        int categoryCount = catalog.categories();
        List<String> skus = List.of();
        List<String> categories = List.of();
        List<String> segments = List.of();
        int shape = random.nextInt(100);
        if (shape < 50) {
            skus = List.of(sku(random.nextInt(skuCount)), sku(random.nextInt(skuCount)),
                    sku(random.nextInt(skuCount)));
        } else if (shape < 80) {
            categories = List.of(category(random.nextInt(categoryCount)));
        } else {
            segments = List.of(segment(random.nextInt(SEGMENTS)));
            categories = List.of(category(random.nextInt(categoryCount)));
        }
        Conditions conditions = new Conditions(segments, List.of(), List.of(), List.of(), skus, List.of(), categories,
                random.nextInt(4) == 0 ? 2 : null, null, null, null);
        int kind = random.nextInt(100);
        Effect effect;
        if (kind < 40) {
            effect = new Effect(EffectType.PERCENT_OFF, BigDecimal.valueOf(5 + random.nextInt(20)), null, null, null,
                    null, null);
        } else if (kind < 70) {
            effect = new Effect(EffectType.AMOUNT_OFF_UNIT, null, new BigDecimal("0.25"), null, null, null, null);
        } else if (kind < 85) {
            effect = new Effect(EffectType.BUY_X_GET_Y, new BigDecimal("100"), null, null, 2, 1, null);
        } else if (kind < 95) {
            effect = new Effect(EffectType.ORDER_PERCENT_OFF, null, null, null, null, null,
                    List.of(new Tier(new BigDecimal("20.00"), new BigDecimal("5"), null)));
        } else {
            return new GuidedRule("guard " + i, RuleKind.GUARD, 100, Stacking.STACKABLE, null, null, null, null,
                    conditions, new Effect(EffectType.MIN_MARGIN_PERCENT, new BigDecimal("5"), null, null, null, null,
                            null));
        }
        return new GuidedRule("rule " + i, RuleKind.PROMOTION, random.nextInt(1001),
                random.nextInt(10) == 0 ? Stacking.EXCLUSIVE : Stacking.STACKABLE,
                random.nextInt(5) == 0 ? "g" + random.nextInt(20) : null, null, null, null, conditions, effect);
    }

    /** Five-line carts drawn from the same catalog. */
    static List<PricingInput> carts(int count, long seed, Catalog catalog) {
        Random random = new Random(seed);
        List<PricingInput> carts = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            List<PricingLine> lines = new ArrayList<>(5);
            for (int l = 1; l <= 5; l++) {
                int sku = random.nextInt(catalog.skus());
                BigDecimal list = BigDecimal.valueOf(100 + random.nextInt(900), 2);
                lines.add(new PricingLine(l, sku(sku), 1 + random.nextInt(4), list,
                        list.multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.HALF_EVEN), "brand",
                        category(sku % catalog.categories()), null));
            }
            carts.add(new PricingInput(segment(random.nextInt(SEGMENTS)), "web", null, null, Set.of(), List.of(),
                    Instant.parse("2026-11-22T10:00:00Z"), USD, lines, Map.of()));
        }
        return carts;
    }

    static String sku(int i) {
        return "SKU-" + i;
    }

    static String category(int i) {
        return "cat-" + i;
    }

    static String segment(int i) {
        return "seg-" + i;
    }
}
