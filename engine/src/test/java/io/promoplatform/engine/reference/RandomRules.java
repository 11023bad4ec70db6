package io.promoplatform.engine.reference;

import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.engine.quote.Signals;
import io.promoplatform.rules.guided.Conditions;
import io.promoplatform.rules.guided.Effect;
import io.promoplatform.rules.guided.EffectType;
import io.promoplatform.rules.guided.GuidedRule;
import io.promoplatform.rules.guided.RuleKind;
import io.promoplatform.rules.guided.RuleRef;
import io.promoplatform.rules.guided.SignalConditions;
import io.promoplatform.rules.guided.Stacking;
import io.promoplatform.rules.guided.Tier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random guided rules and carts over one small shared vocabulary (a handful of SKUs, brands, segments,
 * coupons, campaigns and groups), so that conditions match often enough for rules to interact: stacking,
 * groups, tiers, guards and budgets all come into play. Every rule is valid, i.e. what
 * {@code GuidedRuleParser} would accept, at the given currency's minor units; every cart is priced at
 * {@link #AT}. The same {@link Random} seed gives the same rules and carts, so a failing seed reproduces.
 * For property tests of the reference evaluator and for differential tests of another engine against it.
 */
public final class RandomRules {

    public static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    /** SKU → brand and category, like a tiny catalog. */
    private static final Map<String, List<String>> CATALOG = Map.of(
            "OJ-TROP-64", List.of("Tropicana", "juice"),
            "OJ-TROP-96", List.of("Tropicana", "juice"),
            "OJ-MM-64", List.of("Minute Maid", "juice"),
            "OJ-DOM-64", List.of("Dominick's", "juice"),
            "MILK-1G", List.of("Dominick's", "dairy"));
    private static final List<String> SKUS = CATALOG.keySet().stream().sorted().toList();
    private static final List<String> BRANDS = List.of("Tropicana", "Minute Maid", "Dominick's");
    private static final List<String> CATEGORIES = List.of("juice", "dairy");
    private static final List<String> SEGMENTS = List.of("default", "value-suburban", "upscale");
    private static final List<String> CHANNELS = List.of("web", "app", "store");
    private static final List<String> STORES = List.of("S-1", "S-2");
    private static final List<String> TAGS = List.of("loyalty", "staff");
    private static final List<String> COUPONS = List.of("JUICE10", "SAVE5", "juice10");
    private static final List<String> CAMPAIGNS = List.of("winter-juice", "dairy-push");
    private static final List<String> GROUPS = List.of("juice-deals", "basket");
    private static final List<String> PERCENTS = List.of("5", "10", "12.5", "25", "33.3333", "50", "100");

    private RandomRules() {
    }

    /** Up to {@code maxRules} rules with ids, ..., about one in four a guard. */
    public static List<RuleRef> ruleSet(Random random, Currency currency, int maxRules) {
        int count = random.nextInt(maxRules + 1);
        List<RuleRef> rules = new ArrayList<>(count);
        for (int id = 1; id <= count; id++) {
            GuidedRule rule = random.nextInt(4) == 0 ? guard(random, currency) : promotion(random, currency);
            rules.add(new RuleRef("R-" + id, 1 + random.nextInt(3), rule));
        }
        return rules;
    }

    public static GuidedRule promotion(Random random, Currency currency) {
        EffectType type = pick(random, List.of(EffectType.PERCENT_OFF, EffectType.AMOUNT_OFF_UNIT,
                EffectType.FIXED_UNIT_PRICE, EffectType.BUY_X_GET_Y, EffectType.ORDER_PERCENT_OFF,
                EffectType.ORDER_AMOUNT_OFF));
        Stacking stacking = random.nextInt(4) == 0 ? Stacking.EXCLUSIVE : Stacking.STACKABLE;
        Window window = window(random);
        return new GuidedRule(type + " promotion", RuleKind.PROMOTION, priority(random), stacking,
                maybe(random, 3, GROUPS), window.from(), window.to(), maybe(random, 2, CAMPAIGNS),
                conditions(random, currency, true), effect(random, currency, type));
    }

    public static GuidedRule guard(Random random, Currency currency) {
        EffectType type = pick(random, List.of(EffectType.MIN_MARGIN_PERCENT, EffectType.MAX_DISCOUNT_PERCENT,
                EffectType.MIN_UNIT_PRICE));
        Window window = window(random);
        return new GuidedRule(type + " guard", RuleKind.GUARD, priority(random), Stacking.STACKABLE, null,
                window.from(), window.to(), null, conditions(random, currency, false), effect(random, currency, type));
    }

    /** 1 to 5 lines with list prices and costs at minor units, sometimes cost above list, sometimes signals. */
    public static PricingInput cart(Random random, Currency currency) {
        int lineCount = 1 + random.nextInt(5);
        List<PricingLine> lines = new ArrayList<>(lineCount);
        for (int lineNo = 1; lineNo <= lineCount; lineNo++) {
            lines.add(line(random, currency, lineNo));
        }
        List<String> coupons = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            coupons.add(random.nextInt(5) == 0 ? "NOBODY-USES-THIS" : pick(random, COUPONS));
        }
        Map<String, BigDecimal> budgets = new HashMap<>();
        for (String campaign : CAMPAIGNS) {
            if (random.nextBoolean()) {
                budgets.put(campaign, money(random, currency, 0, 3000));
            }
        }
        return new PricingInput(pick(random, SEGMENTS), pick(random, CHANNELS),
                random.nextBoolean() ? pick(random, STORES) : null, "C-" + random.nextInt(100),
                subset(random, TAGS), coupons, AT, currency, lines, budgets);
    }

    private static PricingLine line(Random random, Currency currency, int lineNo) {
        String sku = pick(random, SKUS);
        int quantity = random.nextInt(10) == 0 ? 1 + random.nextInt(60) : 1 + random.nextInt(7);
        BigDecimal list = money(random, currency, 1, 2500);
        BigDecimal cost = random.nextInt(8) == 0 ? list.add(money(random, currency, 0, 200))
                : money(random, currency, 0, list.unscaledValue().intValueExact());
        Signals signals = random.nextInt(3) == 0 ? null
                : new Signals(-0.5 - random.nextInt(40) / 10.0, random.nextInt(100));
        return new PricingLine(lineNo, sku, quantity, list, cost, CATALOG.get(sku).get(0), CATALOG.get(sku).get(1),
                signals);
    }

    private static Conditions conditions(Random random, Currency currency, boolean promotion) {
        return new Conditions(
                subsetOrNone(random, SEGMENTS),
                subsetOrNone(random, CHANNELS),
                subsetOrNone(random, STORES),
                subsetOrNone(random, TAGS),
                subsetOrNone(random, SKUS),
                subsetOrNone(random, BRANDS),
                subsetOrNone(random, CATEGORIES),
                random.nextInt(6) == 0 ? 1 + random.nextInt(4) : null,
                promotion && random.nextInt(6) == 0 ? money(random, currency, 1, 8000) : null,
                promotion && random.nextInt(5) == 0 ? pick(random, COUPONS) : null,
                random.nextInt(8) == 0 ? signals(random) : null);
    }

    private static SignalConditions signals(Random random) {
        return random.nextBoolean()
                ? new SignalConditions(-1.0 - random.nextInt(30) / 10.0, null, null, null)
                : new SignalConditions(null, null, null, (double) random.nextInt(60));
    }

    private static Effect effect(Random random, Currency currency, EffectType type) {
        return switch (type) {
            case PERCENT_OFF -> new Effect(type, percent(random), null, null, null, null, List.of());
            case AMOUNT_OFF_UNIT -> new Effect(type, null, money(random, currency, 1, 500), null, null, null,
                    List.of());
            case FIXED_UNIT_PRICE, MIN_UNIT_PRICE -> new Effect(type, null, null, money(random, currency, 1, 2000),
                    null, null, List.of());
            case BUY_X_GET_Y -> new Effect(type, random.nextBoolean() ? new BigDecimal("100") : percent(random),
                    null, null, 1 + random.nextInt(3), 1 + random.nextInt(2), List.of());
            case ORDER_PERCENT_OFF, ORDER_AMOUNT_OFF -> new Effect(type, null, null, null, null, null,
                    tiers(random, currency, type));
            case MIN_MARGIN_PERCENT -> new Effect(type, new BigDecimal(random.nextInt(60)), null, null, null, null,
                    List.of());
            case MAX_DISCOUNT_PERCENT -> new Effect(type, new BigDecimal(random.nextInt(91)), null, null, null, null,
                    List.of());
        };
    }

    /** One to three tiers with climbing thresholds, the first sometimes at zero. */
    private static List<Tier> tiers(Random random, Currency currency, EffectType type) {
        List<Tier> tiers = new ArrayList<>();
        BigDecimal threshold = random.nextBoolean() ? money(random, currency, 0, 0) : money(random, currency, 1, 3000);
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            tiers.add(type == EffectType.ORDER_PERCENT_OFF ? new Tier(threshold, percent(random), null)
                    : new Tier(threshold, null, money(random, currency, 1, 2000)));
            threshold = threshold.add(money(random, currency, 1, 4000));
        }
        return tiers;
    }

    /** Few distinct priorities, so that ties (broken by rule id) are common. */
    private static int priority(Random random) {
        return pick(random, List.of(0, 100, 100, 200, 1000));
    }

    /** Mostly open; sometimes a window that starts or ends exactly at {@link #AT}, or misses it. */
    private static Window window(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> new Window(AT, null);
            case 1 -> new Window(null, AT);
            case 2 -> new Window(AT.minus(Duration.ofDays(30)), AT.minusSeconds(1));
            case 3 -> new Window(AT.plusSeconds(1), AT.plus(Duration.ofDays(30)));
            case 4 -> new Window(AT.minus(Duration.ofDays(1)), AT.plus(Duration.ofDays(1)));
            default -> new Window(null, null);
        };
    }

    /** 0.01 to 100 in steps of 0.01, or a familiar value; normalised as the parser keeps percentages. */
    private static BigDecimal percent(Random random) {
        BigDecimal percent = random.nextBoolean() ? new BigDecimal(pick(random, PERCENTS))
                : BigDecimal.valueOf(1 + random.nextInt(10_000), 2);
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** An amount between {@code minUnits} and {@code maxUnits} minor units, at the currency's scale. */
    private static BigDecimal money(Random random, Currency currency, int minUnits, int maxUnits) {
        long units = minUnits + (long) random.nextInt(maxUnits - minUnits + 1);
        return BigDecimal.valueOf(units, currency.getDefaultFractionDigits());
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String maybe(Random random, int oneIn, List<String> values) {
        return random.nextInt(oneIn) == 0 ? pick(random, values) : null;
    }

    /** Usually no condition; sometimes one to all of the values. */
    private static List<String> subsetOrNone(Random random, List<String> values) {
        if (random.nextInt(5) != 0) {
            return List.of();
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 1 + random.nextInt(values.size()); i > 0; i--) {
            chosen.add(pick(random, values));
        }
        return List.copyOf(chosen);
    }

    private static Set<String> subset(Random random, List<String> values) {
        Set<String> chosen = new HashSet<>();
        values.stream().filter(value -> random.nextBoolean()).forEach(chosen::add);
        return chosen;
    }

    /** A validity window; null ends are open. */
    private record Window(Instant from, Instant to) {
    }
}
