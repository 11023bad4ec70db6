package io.promoplatform.engine.reference;

import static io.promoplatform.engine.reference.Fixtures.cart;
import static io.promoplatform.engine.reference.Fixtures.line;
import static io.promoplatform.engine.reference.Fixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.engine.quote.Adjustment;
import io.promoplatform.engine.quote.GuardCut;
import io.promoplatform.engine.quote.OrderAdjustment;
import io.promoplatform.engine.quote.PricedLine;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.rules.guided.RuleRef;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PRICING.md's worked examples A to E (list price 10.00, cost 6.00, USD), to the cent. */
class WorkedExamplesTest {

    private static final RuleRef MARGIN_GUARD = rule("R-9", """
            {'name': 'Margin 10%', 'kind': 'GUARD', 'effect': {'type': 'MIN_MARGIN_PERCENT', 'percent': '10'}}""");

    private final ReferenceEvaluator evaluator = new ReferenceEvaluator();

    private PricingResult price(PricingInput input, RuleRef... rules) {
        PricingResult result = evaluator.price(1, input, List.of(rules));
        PricingInvariants.assertHold(input, result);
        return result;
    }

    private static Adjustment promotion(RuleRef rule, String amount, String desiredAmount) {
        return new Adjustment(rule.ruleId(), 1, rule.rule().name(), "PROMOTION", new BigDecimal(amount),
                new BigDecimal(desiredAmount), rule.rule().campaign());
    }

    @Test
    void exampleA_stackableRulesApplyInPriorityOrderEachOnTheCurrentTotal() {
        RuleRef tenPercent = rule("R-1", """
                {'name': '10% off', 'kind': 'PROMOTION', 'priority': 200,
                 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}""");
        RuleRef dollarOff = rule("R-2", """
                {'name': '1.00 off each', 'kind': 'PROMOTION', 'priority': 100,
                 'effect': {'type': 'AMOUNT_OFF_UNIT', 'amount': '1.00'}}""");

        PricedLine line = price(cart(line(1, "OJ", 3)).input(), dollarOff, tenPercent).lines().get(0);

        assertThat(line.adjustments()).containsExactly(promotion(tenPercent, "-3.00", "-3.00"),
                promotion(dollarOff, "-3.00", "-3.00"));
        assertThat(line.lineTotal()).isEqualTo(new BigDecimal("24.00"));
    }

    @Test
    void exampleB_anExclusiveRuleKeepsLaterRulesOffTheLine() {
        RuleRef exclusive = rule("R-1", """
                {'name': '10% off alone', 'kind': 'PROMOTION', 'priority': 200, 'stacking': 'EXCLUSIVE',
                 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}""");
        RuleRef dollarOff = rule("R-2", """
                {'name': '1.00 off each', 'kind': 'PROMOTION', 'priority': 100,
                 'effect': {'type': 'AMOUNT_OFF_UNIT', 'amount': '1.00'}}""");

        PricingResult result = price(cart(line(1, "OJ", 3)).input(), exclusive, dollarOff);

        assertThat(result.lines().get(0).adjustments()).containsExactly(promotion(exclusive, "-3.00", "-3.00"));
        assertThat(result.total()).isEqualTo(new BigDecimal("27.00"));
        assertThat(result.trace()).anySatisfy(event -> {
            assertThat(event.step()).isEqualTo("line-skipped");
            assertThat(event.ruleId()).isEqualTo("R-2");
        });
    }

    @Test
    void exampleC_buyTwoGetOneFreeStaysAboveTheMarginFloor() {
        RuleRef buyTwoGetOne = rule("R-1", """
                {'name': '2+1', 'kind': 'PROMOTION', 'effect': {'type': 'BUY_X_GET_Y', 'buy': 2, 'get': 1}}""");

        PricingResult result = price(cart(line(1, "OJ", 3)).input(), buyTwoGetOne, MARGIN_GUARD);

        PricedLine line = result.lines().get(0);
        assertThat(line.adjustments()).containsExactly(promotion(buyTwoGetOne, "-10.00", "-10.00"));
        assertThat(line.guards()).isEmpty();
        assertThat(result.total()).isEqualTo(new BigDecimal("20.00"));
    }

    @Test
    void exampleD_theMarginGuardRestoresTheShortfallAndKeepsWhatTheRuleAskedFor() {
        RuleRef halfOff = rule("R-1", """
                {'name': 'Half off', 'kind': 'PROMOTION', 'effect': {'type': 'PERCENT_OFF', 'percent': '50'}}""");

        PricingResult result = price(cart(line(1, "OJ", 1)).input(), halfOff, MARGIN_GUARD);

        PricedLine line = result.lines().get(0);
        assertThat(line.adjustments()).containsExactly(promotion(halfOff, "-3.40", "-5.00"));
        assertThat(line.guards()).containsExactly(new GuardCut("R-9", 1, "Margin 10%", new BigDecimal("1.60")));
        assertThat(result.total()).isEqualTo(new BigDecimal("6.60"));
    }

    @Test
    void exampleE_anOrderAmountIsAllocatedByLargestRemainder() {
        RuleRef tenOff = rule("R-1", """
                {'name': '10 off 25', 'kind': 'PROMOTION', 'effect': {'type': 'ORDER_AMOUNT_OFF',
                 'tiers': [{'minSubtotal': '25.00', 'amount': '10.00'}]}}""");

        PricingResult result = price(cart(line(1, "A", 1), line(2, "B", 2)).input(), tenOff);

        assertThat(result.lines().get(0).adjustments()).containsExactly(promotion(tenOff, "-3.33", "-3.33"));
        assertThat(result.lines().get(1).adjustments()).containsExactly(promotion(tenOff, "-6.67", "-6.67"));
        assertThat(result.orderAdjustments()).containsExactly(new OrderAdjustment("R-1", 1, "10 off 25",
                new BigDecimal("-10.00"), new BigDecimal("-10.00"), null));
        assertThat(result.total()).isEqualTo(new BigDecimal("20.00"));
    }
}
