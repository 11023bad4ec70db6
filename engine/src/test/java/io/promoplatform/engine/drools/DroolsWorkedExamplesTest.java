package io.promoplatform.engine.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.engine.quote.Adjustment;
import io.promoplatform.engine.quote.PricedLine;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.release.RuleSource;
import io.promoplatform.rules.guided.Conditions;
import io.promoplatform.rules.guided.Effect;
import io.promoplatform.rules.guided.EffectType;
import io.promoplatform.rules.guided.GuidedRule;
import io.promoplatform.rules.guided.RuleKind;
import io.promoplatform.rules.guided.Stacking;
import io.promoplatform.rules.guided.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** PRICING.md's worked examples (list 10.00, cost 6.00, USD) through the Drools path. */
class DroolsWorkedExamplesTest {

    static final Currency USD = Currency.getInstance("USD");

    static GuidedRule rule(String name, RuleKind kind, int priority, Stacking stacking, Effect effect) {
        return new GuidedRule(name, kind, priority, stacking, null, null, null, null, Conditions.none(), effect);
    }

    static Effect effect(EffectType type, String percent, String amount, String price, Integer buy, Integer get,
            List<Tier> tiers) {
        return new Effect(type, percent == null ? null : new BigDecimal(percent),
                amount == null ? null : new BigDecimal(amount), price == null ? null : new BigDecimal(price), buy, get,
                tiers);
    }

    static PricingInput cart(int... quantities) {
        List<PricingLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < quantities.length; i++) {
            lines.add(new PricingLine(i + 1, "SKU-" + (i + 1), quantities[i], new BigDecimal("10.00"),
                    new BigDecimal("6.00"), "Brand", "juice", null));
        }
        return new PricingInput("default", "web", null, null, Set.of(), List.of(), Instant.parse("2026-11-22T10:00:00Z"),
                USD, lines, Map.of());
    }

    static PricingResult price(PricingInput input, RuleSource... sources) {
        ReleaseCompiler.Result compiled = new ReleaseCompiler().compile(List.of(sources), USD);
        assertThat(compiled.errors()).isEmpty();
        return new DroolsEvaluator(100).price(1, compiled.compiled(), input);
    }

    @Test
    void exampleA_stackableRulesApplyInPriorityOrderOnTheCurrentTotal() {
        PricingResult r = price(cart(3),
                RuleSource.guided("R-1", 1, rule("ten percent", RuleKind.PROMOTION, 200, Stacking.STACKABLE,
                        effect(EffectType.PERCENT_OFF, "10", null, null, null, null, null))),
                RuleSource.guided("R-2", 1, rule("one off each", RuleKind.PROMOTION, 100, Stacking.STACKABLE,
                        effect(EffectType.AMOUNT_OFF_UNIT, null, "1.00", null, null, null, null))));

        PricedLine line = r.lines().get(0);
        assertThat(line.adjustments()).extracting(Adjustment::ruleId, Adjustment::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R-1", new BigDecimal("-3.00")),
                        org.assertj.core.groups.Tuple.tuple("R-2", new BigDecimal("-3.00")));
        assertThat(line.lineTotal()).isEqualTo(new BigDecimal("24.00"));
    }

    @Test
    void exampleB_anExclusiveRuleStopsLaterRulesOnTheLine() {
        PricingResult r = price(cart(3),
                RuleSource.guided("R-1", 1, rule("ten percent", RuleKind.PROMOTION, 200, Stacking.EXCLUSIVE,
                        effect(EffectType.PERCENT_OFF, "10", null, null, null, null, null))),
                RuleSource.guided("R-2", 1, rule("one off each", RuleKind.PROMOTION, 100, Stacking.STACKABLE,
                        effect(EffectType.AMOUNT_OFF_UNIT, null, "1.00", null, null, null, null))));

        assertThat(r.lines().get(0).lineTotal()).isEqualTo(new BigDecimal("27.00"));
        assertThat(r.lines().get(0).adjustments()).hasSize(1);
    }

    @Test
    void exampleC_buyTwoGetOneAboveTheMarginFloorIsNotCut() {
        PricingResult r = price(cart(3),
                RuleSource.guided("R-1", 1, rule("3 for 2", RuleKind.PROMOTION, 100, Stacking.STACKABLE,
                        effect(EffectType.BUY_X_GET_Y, "100", null, null, 2, 1, null))),
                RuleSource.guided("R-9", 1, rule("margin 10", RuleKind.GUARD, 0, Stacking.STACKABLE,
                        effect(EffectType.MIN_MARGIN_PERCENT, "10", null, null, null, null, null))));

        assertThat(r.lines().get(0).lineTotal()).isEqualTo(new BigDecimal("20.00"));
        assertThat(r.lines().get(0).guards()).isEmpty();
    }

    @Test
    void exampleD_theMarginGuardRestoresTheShortfallAndKeepsTheDesiredAmount() {
        PricingResult r = price(cart(1),
                RuleSource.guided("R-1", 1, rule("half off", RuleKind.PROMOTION, 100, Stacking.STACKABLE,
                        effect(EffectType.PERCENT_OFF, "50", null, null, null, null, null))),
                RuleSource.guided("R-9", 1, rule("margin 10", RuleKind.GUARD, 0, Stacking.STACKABLE,
                        effect(EffectType.MIN_MARGIN_PERCENT, "10", null, null, null, null, null))));

        PricedLine line = r.lines().get(0);
        assertThat(line.adjustments().get(0).amount()).isEqualTo(new BigDecimal("-3.40"));
        assertThat(line.adjustments().get(0).desiredAmount()).isEqualTo(new BigDecimal("-5.00"));
        assertThat(line.guards().get(0).restored()).isEqualTo(new BigDecimal("1.60"));
        assertThat(line.guards().get(0).ruleId()).isEqualTo("R-9");
        assertThat(line.lineTotal()).isEqualTo(new BigDecimal("6.60"));
    }

    @Test
    void exampleE_anOrderAmountIsAllocatedByLargestRemainder() {
        PricingResult r = price(cart(1, 2),
                RuleSource.guided("R-1", 1, rule("10 off 25", RuleKind.PROMOTION, 100, Stacking.STACKABLE,
                        effect(EffectType.ORDER_AMOUNT_OFF, null, null, null, null, null,
                                List.of(new Tier(new BigDecimal("25.00"), null, new BigDecimal("10.00")))))));

        assertThat(r.lines()).extracting(PricedLine::lineDiscount)
                .containsExactly(new BigDecimal("3.33"), new BigDecimal("6.67"));
        assertThat(r.orderAdjustments().get(0).amount()).isEqualTo(new BigDecimal("-10.00"));
        assertThat(r.total()).isEqualTo(new BigDecimal("20.00"));
    }

    @Test
    void aRuleWhoseConditionsFailDoesNotFire() {
        GuidedRule seniorsOnly = new GuidedRule("seniors", RuleKind.PROMOTION, 100, Stacking.STACKABLE, null, null,
                null, null, new Conditions(List.of("seniors"), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), null, null, null, null),
                effect(EffectType.PERCENT_OFF, "10", null, null, null, null, null));

        PricingResult r = price(cart(1), RuleSource.guided("R-1", 1, seniorsOnly));

        assertThat(r.total()).isEqualTo(new BigDecimal("10.00"));
    }
}
