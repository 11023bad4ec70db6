package io.promoplatform.rules.guided;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GuidedRuleJsonRoundTripTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static final Conditions EVERY_CONDITION = new Conditions(List.of("value-suburban"), List.of("web", "app"),
            List.of("S-2"), List.of("loyalty"), List.of("OJ-TROP-64", "OJ-MM-64"), List.of("Tropicana"),
            List.of("juice"), 2, new BigDecimal("20.00"), "JUICE10", new SignalConditions(-1.5, -4.25, 80.0, 0.5));

    private static Effect effect(EffectType type, String percent, String amount, String price, Integer buy,
            Integer get, Tier... tiers) {
        return new Effect(type, decimal(percent), decimal(amount), decimal(price), buy, get, List.of(tiers));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static GuidedRule promotion(Effect effect) {
        return new GuidedRule("Winter juice", RuleKind.PROMOTION, 250, Stacking.EXCLUSIVE, "juice-deals",
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-31T23:59:59.500Z"), "winter-juice",
                EVERY_CONDITION, effect);
    }

    private static GuidedRule guard(Effect effect) {
        Conditions productsOnly = new Conditions(List.of("value-suburban"), List.of(), List.of(), List.of(),
                List.of(), List.of("Tropicana"), List.of(), null, null, null, null);
        return new GuidedRule("Margin floor", RuleKind.GUARD, 100, Stacking.STACKABLE, null, null, null, null,
                productsOnly, effect);
    }

    static Stream<GuidedRule> everyEffectType() {
        return Stream.of(
                promotion(effect(EffectType.PERCENT_OFF, "12.5", null, null, null, null)),
                promotion(effect(EffectType.AMOUNT_OFF_UNIT, null, "0.25", null, null, null)),
                promotion(effect(EffectType.FIXED_UNIT_PRICE, null, null, "2.99", null, null)),
                promotion(effect(EffectType.BUY_X_GET_Y, "100", null, null, 2, 1)),
                promotion(effect(EffectType.ORDER_PERCENT_OFF, null, null, null, null, null,
                        new Tier(new BigDecimal("0.00"), new BigDecimal("5"), null),
                        new Tier(new BigDecimal("50.00"), new BigDecimal("7.5"), null))),
                promotion(effect(EffectType.ORDER_AMOUNT_OFF, null, null, null, null, null,
                        new Tier(new BigDecimal("25.00"), null, new BigDecimal("10.00")))),
                guard(effect(EffectType.MIN_MARGIN_PERCENT, "10", null, null, null, null)),
                guard(effect(EffectType.MAX_DISCOUNT_PERCENT, "0", null, null, null, null)),
                guard(effect(EffectType.MIN_UNIT_PRICE, null, null, "1.50", null, null)));
    }

    @ParameterizedTest
    @MethodSource("everyEffectType")
    void parsesTheCanonicalJsonBackToAnEqualRule(GuidedRule rule) {
        ParseResult result = GuidedRuleParser.parse(GuidedRuleParser.toJson(rule), USD);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rule()).isEqualTo(rule);
    }

    @Test
    void writesTheCanonicalFormWithMoneyAsStringsAndAbsentFieldsLeftOut() {
        GuidedRule rule = GuidedRuleParser.parse("""
                {"effect": {"buy": 2, "get": 1, "type": "BUY_X_GET_Y"}, "kind": "PROMOTION", "name": "2+1",
                 "conditions": {"minCartSubtotal": "20", "skus": ["A"]}}""", USD).rule();

        assertThat(GuidedRuleParser.toJson(rule)).isEqualTo("{\"name\":\"2+1\",\"kind\":\"PROMOTION\","
                + "\"priority\":100,\"stacking\":\"STACKABLE\",\"conditions\":{\"skus\":[\"A\"],"
                + "\"minCartSubtotal\":\"20.00\"},\"effect\":{\"type\":\"BUY_X_GET_Y\",\"percent\":\"100\","
                + "\"buy\":2,\"get\":1}}");
    }

    @Test
    void leavesStackingOutOfAGuardSoThatItParsesBack() {
        GuidedRule floor = guard(effect(EffectType.MIN_UNIT_PRICE, null, null, "1.50", null, null));

        assertThat(GuidedRuleParser.toJson(floor)).doesNotContain("stacking");
    }

    @Test
    void roundTripsMoneyInACurrencyWithoutMinorUnits() {
        GuidedRule rule = GuidedRuleParser.parse("""
                {"name": "yen", "kind": "PROMOTION", "effect": {"type": "AMOUNT_OFF_UNIT", "amount": "50"}}""", JPY)
                .rule();

        assertThat(GuidedRuleParser.toJson(rule)).contains("\"amount\":\"50\"");
        assertThat(GuidedRuleParser.parse(GuidedRuleParser.toJson(rule), JPY).rule()).isEqualTo(rule);
    }
}
