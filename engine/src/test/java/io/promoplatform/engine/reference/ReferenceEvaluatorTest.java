package io.promoplatform.engine.reference;

import static io.promoplatform.engine.reference.Fixtures.cart;
import static io.promoplatform.engine.reference.Fixtures.line;
import static io.promoplatform.engine.reference.Fixtures.lineWithSignals;
import static io.promoplatform.engine.reference.Fixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.promoplatform.engine.quote.Adjustment;
import io.promoplatform.engine.quote.AppliedRule;
import io.promoplatform.engine.quote.CouponResult;
import io.promoplatform.engine.quote.CouponResult.CouponStatus;
import io.promoplatform.engine.quote.GuardCut;
import io.promoplatform.engine.quote.OrderAdjustment;
import io.promoplatform.engine.quote.PricedLine;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.quote.Signals;
import io.promoplatform.engine.quote.TraceEvent;
import io.promoplatform.engine.quote.Warning;
import io.promoplatform.rules.guided.RuleRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceEvaluatorTest {

    private final ReferenceEvaluator evaluator = new ReferenceEvaluator();

    private PricingResult price(PricingInput input, RuleRef... rules) {
        PricingResult result = evaluator.price(7, input, List.of(rules));
        PricingInvariants.assertHold(input, result);
        return result;
    }

    private PricingResult price(Fixtures.Cart cart, RuleRef... rules) {
        return price(cart.input(), rules);
    }

    private static List<BigDecimal> amounts(PricedLine line) {
        return line.adjustments().stream().map(Adjustment::amount).toList();
    }

    private static List<BigDecimal> desiredAmounts(PricedLine line) {
        return line.adjustments().stream().map(Adjustment::desiredAmount).toList();
    }

    private static List<BigDecimal> money(String... amounts) {
        return Arrays.stream(amounts).map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> lineTotals(PricingResult result) {
        return result.lines().stream().map(PricedLine::lineTotal).toList();
    }

    private static RuleRef percentOff(String id, int priority, String percent) {
        return rule(id, "{'name': '" + percent + "% off', 'kind': 'PROMOTION', 'priority': " + priority
                + ", 'effect': {'type': 'PERCENT_OFF', 'percent': '" + percent + "'}}");
    }

    @Test
    void pricesACartWithoutRulesAtListAndNamesTheRelease() {
        PricingResult result = price(cart(line(1, "A", 2, "3.49", "1.00"), line(2, "B", 3, "2.10", "1.00")));

        assertThat(result.release()).isEqualTo(7);
        assertThat(lineTotals(result)).isEqualTo(money("6.98", "6.30"));
        assertThat(result.lines()).extracting(PricedLine::unitPrice).isEqualTo(money("3.49", "2.10"));
        assertThat(result.discountTotal()).isEqualTo(new BigDecimal("0.00"));
        assertThat(result.total()).isEqualTo(new BigDecimal("13.28"));
    }

    @Test
    void givesTheSameResultWhateverTheOrderTheRulesArePassedIn() {
        List<RuleRef> rules = new ArrayList<>(List.of(percentOff("R-1", 100, "10"), percentOff("R-2", 100, "20"),
                percentOff("R-3", 300, "5"), rule("R-4", """
                        {'name': 'floor', 'kind': 'GUARD', 'effect': {'type': 'MIN_UNIT_PRICE', 'price': '7.50'}}""")));
        PricingInput input = cart(line(1, "A", 3)).input();
        PricingResult expected = evaluator.price(1, input, rules);

        Collections.shuffle(rules, new Random(42));

        assertThat(evaluator.price(1, input, rules)).isEqualTo(expected);
        assertThat(expected.appliedRules()).extracting(AppliedRule::ruleId).containsExactly("R-3", "R-1", "R-2",
                "R-4");
    }

    @Nested
    class LinePromotions {

        @Test
        void breaksPriorityTiesByTheRuleIdNumberNotItsText() {
            RuleRef r10 = rule("R-10", """
                    {'name': 'fixed 8', 'kind': 'PROMOTION',
                     'effect': {'type': 'FIXED_UNIT_PRICE', 'price': '8.00'}}""");
            RuleRef r9 = percentOff("R-9", 100, "50");

            PricedLine line = price(cart(line(1, "A", 1)), r10, r9).lines().get(0);

            assertThat(line.adjustments()).extracting(Adjustment::ruleId).containsExactly("R-9");
            assertThat(line.lineTotal()).isEqualTo(new BigDecimal("5.00"));
        }

        @Test
        void roundsEachPercentOnceHalfEvenOnTheCurrentTotal() {
            PricedLine line = price(cart(line(1, "A", 3, "3.35", "1.00")), percentOff("R-1", 200, "10"),
                    percentOff("R-2", 100, "10")).lines().get(0);

            assertThat(amounts(line)).isEqualTo(money("-1.00", "-0.90"));
            assertThat(line.lineTotal()).isEqualTo(new BigDecimal("8.15"));
        }

        @Test
        void capsAnAmountOffSoTheLineStopsAtZero() {
            RuleRef dollarOff = rule("R-1", """
                    {'name': '1.00 off', 'kind': 'PROMOTION',
                     'effect': {'type': 'AMOUNT_OFF_UNIT', 'amount': '1.00'}}""");

            PricedLine line = price(cart(line(1, "A", 2, "0.60", "0.10")), dollarOff).lines().get(0);

            assertThat(amounts(line)).isEqualTo(money("-1.20"));
            assertThat(line.lineTotal()).isEqualTo(new BigDecimal("0.00"));
        }

        @Test
        void setsAFixedUnitPriceWhenItLowersTheTotal() {
            RuleRef fixed = rule("R-1", """
                    {'name': '7.50 each', 'kind': 'PROMOTION',
                     'effect': {'type': 'FIXED_UNIT_PRICE', 'price': '7.50'}}""");

            assertThat(price(cart(line(1, "A", 2)), fixed).lines().get(0).lineTotal())
                    .isEqualTo(new BigDecimal("15.00"));
        }

        @Test
        void neverRaisesAPriceToAFixedUnitPrice() {
            RuleRef fixed = rule("R-1", """
                    {'name': '9.50 each', 'kind': 'PROMOTION',
                     'effect': {'type': 'FIXED_UNIT_PRICE', 'price': '9.50'}}""");

            PricingResult aboveList = price(cart(line(1, "A", 2, "9.00", "1.00")), fixed);
            PricingResult aboveCurrent = price(cart(line(1, "A", 2)), percentOff("R-2", 200, "10"), fixed);

            assertThat(aboveList.lines().get(0).adjustments()).isEmpty();
            assertThat(aboveList.total()).isEqualTo(new BigDecimal("18.00"));
            assertThat(aboveCurrent.lines().get(0).adjustments()).extracting(Adjustment::ruleId)
                    .containsExactly("R-2");
            assertThat(aboveList.trace()).extracting(TraceEvent::step).contains("no-effect");
        }

        @Test
        void appliesExclusiveRuleOnlyToUntouchedLines() {
            RuleRef juiceOnly = rule("R-1", """
                    {'name': 'juice', 'kind': 'PROMOTION', 'priority': 200, 'conditions': {'skus': ['A']},
                     'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}""");
            RuleRef exclusive = rule("R-2", """
                    {'name': 'alone', 'kind': 'PROMOTION', 'stacking': 'EXCLUSIVE',
                     'effect': {'type': 'PERCENT_OFF', 'percent': '50'}}""");

            PricingResult result = price(cart(line(1, "A", 1), line(2, "B", 1)), juiceOnly, exclusive);

            assertThat(result.lines().get(0).adjustments()).extracting(Adjustment::ruleId).containsExactly("R-1");
            assertThat(result.lines().get(1).adjustments()).extracting(Adjustment::ruleId).containsExactly("R-2");
            assertThat(lineTotals(result)).isEqualTo(money("9.00", "5.00"));
        }

        @Test
        void appliesOnlyTheFirstRuleOfAGroupPerLine() {
            RuleRef first = rule("R-1", """
                    {'name': 'first', 'kind': 'PROMOTION', 'priority': 200, 'group': 'juice-deals',
                     'conditions': {'skus': ['A']}, 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}""");
            RuleRef second = rule("R-2", """
                    {'name': 'second', 'kind': 'PROMOTION', 'group': 'juice-deals',
                     'effect': {'type': 'PERCENT_OFF', 'percent': '20'}}""");
            RuleRef otherGroup = rule("R-3", """
                    {'name': 'other', 'kind': 'PROMOTION', 'priority': 0, 'group': 'basket',
                     'effect': {'type': 'AMOUNT_OFF_UNIT', 'amount': '1.00'}}""");

            PricingResult result = price(cart(line(1, "A", 1), line(2, "B", 1)), first, second, otherGroup);

            assertThat(result.lines().get(0).adjustments()).extracting(Adjustment::ruleId)
                    .containsExactly("R-1", "R-3");
            assertThat(result.lines().get(1).adjustments()).extracting(Adjustment::ruleId)
                    .containsExactly("R-2", "R-3");
        }

        @Test
        void letsTheNextRuleOfAGroupApplyWhenTheFirstTakesNothingOff() {
            RuleRef notLower = rule("R-1", """
                    {'name': '12.00 each', 'kind': 'PROMOTION', 'priority': 200, 'group': 'juice-deals',
                     'effect': {'type': 'FIXED_UNIT_PRICE', 'price': '12.00'}}""");
            RuleRef next = rule("R-2", """
                    {'name': 'next', 'kind': 'PROMOTION', 'group': 'juice-deals',
                     'effect': {'type': 'PERCENT_OFF', 'percent': '20'}}""");

            assertThat(price(cart(line(1, "A", 1)), notLower, next).lines().get(0).adjustments())
                    .extracting(Adjustment::ruleId).containsExactly("R-2");
        }

        @Test
        void selectsLinesByProductConditions() {
            RuleRef narrow = rule("R-1", """
                    {'name': 'narrow', 'kind': 'PROMOTION', 'conditions': {'brands': ['Tropicana'],
                     'categories': ['juice'], 'minLineQuantity': 2, 'signals': {'elasticityAtMost': -2.0}},
                     'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}""");
            PricingInput input = cart(line(1, "A", 2), line(2, "B", 1), lineWithSignals(3, "C", -3.0, 10),
                    new PricingLine(4, "D", 2, new BigDecimal("10.00"),
                            new BigDecimal("6.00"), "Tropicana", "juice",
                            new Signals(-2.5, 40))).input();

            PricingResult result = price(input, narrow);

            assertThat(result.lines()).extracting(line -> line.adjustments().size()).containsExactly(0, 0, 0, 1);
        }
    }

    @Nested
    class BuyXGetY {

        private RuleRef buyGet(int buy, int get, String percent) {
            return rule("R-1", "{'name': 'bxgy', 'kind': 'PROMOTION', 'effect': {'type': 'BUY_X_GET_Y', 'buy': "
                    + buy + ", 'get': " + get + ", 'percent': '" + percent + "'}}");
        }

        @ParameterizedTest(name = "{0} units, buy {1} get {2}: {3} off")
        @CsvSource({"5, 2, 1, -10.00", "6, 2, 1, -20.00", "2, 2, 1,", "3, 1, 2, -20.00", "7, 1, 1, -30.00"})
        void discountsTheGetUnitsOfEveryCompleteGroupOnly(int quantity, int buy, int get, String amount) {
            PricedLine line = price(cart(line(1, "A", quantity)), buyGet(buy, get, "100")).lines().get(0);

            assertThat(amounts(line)).isEqualTo(amount == null ? List.of() : money(amount));
        }

        @Test
        void roundsTheDiscountOfAPartialPercentOnceHalfEven() {
            PricedLine line = price(cart(line(1, "A", 3, "3.35", "1.00")), buyGet(2, 1, "50")).lines().get(0);

            assertThat(amounts(line)).isEqualTo(money("-1.68"));
        }

        @Test
        void pricesTheFreeUnitsAtTheUnroundedCurrentUnitPrice() {
            RuleRef first = percentOff("R-0", 200, "12.5");

            PricedLine line = price(cart(line(1, "A", 6, "1.00", "0.10")), first, buyGet(2, 1, "100")).lines()
                    .get(0);

            assertThat(amounts(line)).isEqualTo(money("-0.75", "-1.75"));
            assertThat(line.lineTotal()).isEqualTo(new BigDecimal("3.50"));
        }
    }

    @Nested
    class OrderPromotions {

        private RuleRef orderPercent(String id, String extra, String tiers) {
            return rule(id, "{'name': 'order " + id + "', 'kind': 'PROMOTION', " + extra
                    + " 'effect': {'type': 'ORDER_PERCENT_OFF', 'tiers': " + tiers + "}}");
        }

        private RuleRef orderAmount(String id, String extra, String tiers) {
            return rule(id, "{'name': 'order " + id + "', 'kind': 'PROMOTION', " + extra
                    + " 'effect': {'type': 'ORDER_AMOUNT_OFF', 'tiers': " + tiers + "}}");
        }

        @Test
        void appliesTheHighestTierReachedByTheCurrentSubtotalAfterLinePromotions() {
            RuleRef tiers = orderPercent("R-2", "", "[{'minSubtotal': '0', 'percent': '5'},"
                    + " {'minSubtotal': '30.00', 'percent': '10'}, {'minSubtotal': '40.00', 'percent': '20'}]");

            PricingResult result = price(cart(line(1, "A", 4)), percentOff("R-1", 100, "25"), tiers);

            assertThat(result.orderAdjustments()).singleElement()
                    .satisfies(order -> assertThat(order.amount()).isEqualTo(new BigDecimal("-3.00")));
            assertThat(result.total()).isEqualTo(new BigDecimal("27.00"));
        }

        @Test
        void skipsAnOrderRuleWhoseLowestTierIsNotReached() {
            PricingResult result = price(cart(line(1, "A", 1)), orderAmount("R-1", "",
                    "[{'minSubtotal': '10.01', 'amount': '5.00'}]"));

            assertThat(result.orderAdjustments()).isEmpty();
            assertThat(result.trace()).extracting(TraceEvent::step).containsExactly("order-skipped");
        }

        @Test
        void neverTakesMoreThanTheEligibleSubtotal() {
            PricingResult result = price(cart(line(1, "A", 1), line(2, "B", 1)), orderAmount("R-1",
                    "'conditions': {'skus': ['A']},", "[{'minSubtotal': '0', 'amount': '25.00'}]"));

            assertThat(lineTotals(result)).isEqualTo(money("0.00", "10.00"));
            assertThat(result.orderAdjustments().get(0).amount()).isEqualTo(new BigDecimal("-10.00"));
        }

        @Test
        void allocatesInProportionToCurrentTotalsWithTheLeftoverCentToTheLargestRemainder() {
            RuleRef oneOff = orderAmount("R-1", "", "[{'minSubtotal': '0', 'amount': '1.00'}]");

            PricingResult result = price(cart(line(1, "A", 1), line(2, "B", 1), line(3, "C", 1)), oneOff);

            assertThat(result.lines()).extracting(line -> line.adjustments().get(0).amount())
                    .isEqualTo(money("-0.34", "-0.33", "-0.33"));
        }

        @Test
        void keepsLinesWithAnExclusiveAdjustmentOutOfOrderRules() {
            RuleRef exclusive = rule("R-1", """
                    {'name': 'alone', 'kind': 'PROMOTION', 'stacking': 'EXCLUSIVE', 'conditions': {'skus': ['A']},
                     'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}""");
            RuleRef order = orderPercent("R-2", "", "[{'minSubtotal': '0', 'percent': '10'}]");

            PricingResult result = price(cart(line(1, "A", 1), line(2, "B", 1)), exclusive, order);

            assertThat(amounts(result.lines().get(0))).isEqualTo(money("-1.00"));
            assertThat(amounts(result.lines().get(1))).isEqualTo(money("-1.00"));
        }

        @Test
        void keepsDiscountedLinesOutOfAnExclusiveOrderRule() {
            RuleRef lineRule = rule("R-1", """
                    {'name': 'A only', 'kind': 'PROMOTION', 'conditions': {'skus': ['A']},
                     'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}""");
            RuleRef exclusiveOrder = orderPercent("R-2", "'stacking': 'EXCLUSIVE',",
                    "[{'minSubtotal': '0', 'percent': '50'}]");
            RuleRef laterOrder = orderPercent("R-3", "'priority': 0,", "[{'minSubtotal': '0', 'percent': '10'}]");

            PricingResult result = price(cart(line(1, "A", 1), line(2, "B", 1)), lineRule, exclusiveOrder,
                    laterOrder);

            assertThat(result.lines().get(0).adjustments()).extracting(Adjustment::ruleId)
                    .containsExactly("R-1", "R-3");
            assertThat(result.lines().get(1).adjustments()).extracting(Adjustment::ruleId).containsExactly("R-2");
        }

        @Test
        void appliesAtMostOneOrderRuleOfAGroupPerQuote() {
            RuleRef first = orderPercent("R-1", "'priority': 200, 'group': 'basket',",
                    "[{'minSubtotal': '0', 'percent': '10'}]");
            RuleRef second = orderPercent("R-2", "'group': 'basket',", "[{'minSubtotal': '0', 'percent': '20'}]");
            RuleRef unreached = orderPercent("R-0", "'priority': 300, 'group': 'basket',",
                    "[{'minSubtotal': '100.00', 'percent': '50'}]");

            PricingResult result = price(cart(line(1, "A", 1)), first, second, unreached);

            assertThat(result.orderAdjustments()).extracting(OrderAdjustment::ruleId).containsExactly("R-1");
        }
    }

    @Nested
    class Guards {

        private static final RuleRef MARGIN = rule("R-8", """
                {'name': 'margin', 'kind': 'GUARD', 'effect': {'type': 'MIN_MARGIN_PERCENT', 'percent': '10'}}""");

        @Test
        void restoresLastAppliedAdjustmentFirstAcrossTwoAdjustments() {
            RuleRef twentyOff = percentOff("R-1", 200, "20");
            RuleRef twoOff = rule("R-2", """
                    {'name': '2.00 off', 'kind': 'PROMOTION',
                     'effect': {'type': 'AMOUNT_OFF_UNIT', 'amount': '2.00'}}""");
            RuleRef floorNine = rule("R-9", """
                    {'name': 'nine', 'kind': 'GUARD', 'effect': {'type': 'MIN_UNIT_PRICE', 'price': '9.00'}}""");

            PricedLine slightly = price(cart(line(1, "A", 1)), twentyOff, twoOff, MARGIN).lines().get(0);
            PricedLine deeply = price(cart(line(1, "A", 1)), twentyOff, twoOff, floorNine).lines().get(0);

            assertThat(amounts(slightly)).isEqualTo(money("-2.00", "-1.40"));
            assertThat(amounts(deeply)).isEqualTo(money("-1.00", "0.00"));
            assertThat(desiredAmounts(deeply)).isEqualTo(money("-2.00", "-2.00"));
            assertThat(deeply.guards()).containsExactly(new GuardCut("R-9", 1, "nine", new BigDecimal("3.00")));
            assertThat(deeply.lineTotal()).isEqualTo(new BigDecimal("9.00"));
        }

        @Test
        void usesTheHighestFloorAmongMatchingGuardsAndNamesItsGuard() {
            RuleRef seven = rule("R-9", """
                    {'name': 'seven', 'kind': 'GUARD', 'priority': 0,
                     'effect': {'type': 'MIN_UNIT_PRICE', 'price': '7.00'}}""");
            RuleRef otherSku = rule("R-10", """
                    {'name': 'other', 'kind': 'GUARD', 'conditions': {'skus': ['B']},
                     'effect': {'type': 'MIN_UNIT_PRICE', 'price': '9.00'}}""");

            PricedLine line = price(cart(line(1, "A", 2)), percentOff("R-1", 100, "50"), MARGIN, seven, otherSku)
                    .lines().get(0);

            assertThat(line.lineTotal()).isEqualTo(new BigDecimal("14.00"));
            assertThat(line.guards()).extracting(GuardCut::ruleId).containsExactly("R-9");
        }

        @Test
        void capsAFloorAboveTheListTotalAtTheListTotal() {
            PricedLine line = price(cart(line(1, "A", 2, "10.00", "12.00")), percentOff("R-1", 100, "30"), MARGIN)
                    .lines().get(0);

            assertThat(line.lineTotal()).isEqualTo(new BigDecimal("20.00"));
            assertThat(line.guards()).containsExactly(new GuardCut("R-8", 1, "margin", new BigDecimal("6.00")));
        }

        @Test
        void limitsTheDiscountToTheMaximumPercentOffList() {
            RuleRef maxThirty = rule("R-9", """
                    {'name': 'max 30%', 'kind': 'GUARD',
                     'effect': {'type': 'MAX_DISCOUNT_PERCENT', 'percent': '30'}}""");

            PricedLine line = price(cart(line(1, "A", 3)), percentOff("R-1", 100, "50"), maxThirty).lines().get(0);

            assertThat(line.lineTotal()).isEqualTo(new BigDecimal("21.00"));
        }

        @Test
        void roundsTheLineFloorOnceAfterMultiplyingTheUnitFloorByQuantity() {
            PricedLine line = price(cart(line(1, "A", 3, "2.00", "1.05")), percentOff("R-1", 100, "100"), MARGIN)
                    .lines().get(0);

            assertThat(line.lineTotal()).isEqualTo(new BigDecimal("3.46"));
        }

        @Test
        void runsAfterEveryPromotionWhateverItsPriorityAndCutsOrderAllocationsToo() {
            RuleRef urgentGuard = rule("R-9", """
                    {'name': 'seven', 'kind': 'GUARD', 'priority': 1000,
                     'effect': {'type': 'MIN_UNIT_PRICE', 'price': '7.00'}}""");
            RuleRef order = rule("R-1", """
                    {'name': 'half', 'kind': 'PROMOTION', 'priority': 0, 'effect': {'type': 'ORDER_PERCENT_OFF',
                     'tiers': [{'minSubtotal': '0', 'percent': '50'}]}}""");

            PricingResult result = price(cart(line(1, "A", 1), line(2, "B", 1)), urgentGuard, order);

            assertThat(lineTotals(result)).isEqualTo(money("7.00", "7.00"));
            assertThat(result.orderAdjustments().get(0).amount()).isEqualTo(new BigDecimal("-6.00"));
            assertThat(result.orderAdjustments().get(0).desiredAmount()).isEqualTo(new BigDecimal("-10.00"));
        }

        @Test
        void leavesALineWithoutCostAloneUnderAMarginGuard() {
            PricingInput input = cart(new PricingLine(1, "A", 1,
                    new BigDecimal("10.00"), null, "Tropicana", "juice", null)).input();

            assertThat(price(input, percentOff("R-1", 100, "50"), MARGIN).total()).isEqualTo(new BigDecimal("5.00"));
        }
    }

    @Nested
    class Budgets {

        private RuleRef campaignRule(String id, int priority, String campaign, String percent) {
            return rule(id, "{'name': 'campaign " + id + "', 'kind': 'PROMOTION', 'priority': " + priority
                    + ", 'campaign': '" + campaign + "', 'effect': {'type': 'PERCENT_OFF', 'percent': '" + percent
                    + "'}}");
        }

        @Test
        void clampsACampaignToItsRemainingBudgetLastAppliedFirstAndWarns() {
            RuleRef winter = campaignRule("R-1", 100, "winter-juice", "20");

            PricingResult result = price(cart(line(1, "A", 1), line(2, "B", 1)).budget("winter-juice", "2.50"),
                    winter);

            assertThat(amounts(result.lines().get(0))).isEqualTo(money("-2.00"));
            assertThat(amounts(result.lines().get(1))).isEqualTo(money("-0.50"));
            assertThat(desiredAmounts(result.lines().get(1))).isEqualTo(money("-2.00"));
            assertThat(result.warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.code()).isEqualTo("budget-limited");
                assertThat(warning.campaign()).isEqualTo("winter-juice");
            });
            assertThat(result.trace()).filteredOn(event -> event.step().equals("budget-cut"))
                    .extracting(TraceEvent::lineNo, TraceEvent::amount)
                    .containsExactly(tuple(2, new BigDecimal("1.50")));
        }

        @Test
        void cutsOnlyTheCampaignOverItsBudget() {
            PricingResult result = price(cart(line(1, "A", 1)).budget("winter-juice", "0.00").budget("dairy-push",
                    "100.00"), campaignRule("R-1", 200, "winter-juice", "10"), campaignRule("R-2", 100, "dairy-push",
                    "10"), percentOff("R-3", 0, "10"));

            PricedLine line = result.lines().get(0);
            assertThat(amounts(line)).isEqualTo(money("0.00", "-0.90", "-0.81"));
            assertThat(desiredAmounts(line)).isEqualTo(money("-1.00", "-0.90", "-0.81"));
            assertThat(result.warnings()).extracting(Warning::campaign).containsExactly("winter-juice");
            assertThat(result.appliedRules()).extracting(AppliedRule::ruleId).containsExactly("R-2", "R-3");
        }

        @Test
        void leavesACampaignWithoutAKnownBudgetUnlimited() {
            PricingResult result = price(cart(line(1, "A", 1)), campaignRule("R-1", 100, "winter-juice", "50"));

            assertThat(result.total()).isEqualTo(new BigDecimal("5.00"));
            assertThat(result.warnings()).isEmpty();
        }

        @Test
        void neverSpendsTheFractionOfACentOfAFinerBudget() {
            PricingResult result = price(cart(line(1, "A", 1)).budget("winter-juice", "0.999"),
                    campaignRule("R-1", 100, "winter-juice", "50"));

            assertThat(result.total()).isEqualTo(new BigDecimal("9.01"));
        }
    }

    @Nested
    class Coupons {

        private final RuleRef juiceCoupon = rule("R-1", """
                {'name': 'juice coupon', 'kind': 'PROMOTION', 'conditions': {'couponCode': 'JUICE10',
                 'skus': ['A']}, 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}""");

        @Test
        void reportsEachRequestedCodeOnceInRequestOrder() {
            PricingResult result = price(cart(line(1, "A", 1)).coupons("NOPE", "JUICE10", "NOPE"), juiceCoupon);

            assertThat(result.coupons()).containsExactly(new CouponResult("NOPE", CouponStatus.UNKNOWN),
                    new CouponResult("JUICE10", CouponStatus.APPLIED));
            assertThat(result.total()).isEqualTo(new BigDecimal("9.00"));
        }

        @Test
        void reportsAKnownCodeThatChangedNothingAsNotApplicable() {
            PricingResult result = price(cart(line(1, "B", 1)).coupons("JUICE10"), juiceCoupon);

            assertThat(result.coupons()).containsExactly(new CouponResult("JUICE10", CouponStatus.NOT_APPLICABLE));
        }

        @Test
        void reportsACodeWhoseDiscountAGuardTookBackAsNotApplicable() {
            RuleRef noDiscount = rule("R-2", """
                    {'name': 'list only', 'kind': 'GUARD',
                     'effect': {'type': 'MAX_DISCOUNT_PERCENT', 'percent': 0}}""");

            PricingResult result = price(cart(line(1, "A", 1)).coupons("JUICE10"), juiceCoupon, noDiscount);

            assertThat(result.coupons()).containsExactly(new CouponResult("JUICE10", CouponStatus.NOT_APPLICABLE));
            assertThat(result.appliedRules()).extracting(AppliedRule::ruleId, AppliedRule::kind)
                    .containsExactly(tuple("R-2", "GUARD"));
        }

        @Test
        void appliesACouponRuleOnlyWhenItsExactCodeIsRequested() {
            PricingResult without = price(cart(line(1, "A", 1)), juiceCoupon);
            PricingResult otherCase = price(cart(line(1, "A", 1)).coupons("juice10"), juiceCoupon);

            assertThat(without.total()).isEqualTo(new BigDecimal("10.00"));
            assertThat(otherCase.total()).isEqualTo(new BigDecimal("10.00"));
            assertThat(otherCase.coupons()).containsExactly(new CouponResult("juice10", CouponStatus.UNKNOWN));
        }

        @Test
        void knowsACodeOfARuleOutsideItsValidityWindow() {
            RuleRef expired = rule("R-2", """
                    {'name': 'old', 'kind': 'PROMOTION', 'validTo': '2026-01-01T00:00:00Z',
                     'conditions': {'couponCode': 'OLD5'}, 'effect': {'type': 'PERCENT_OFF', 'percent': '5'}}""");

            assertThat(price(cart(line(1, "A", 1)).coupons("OLD5"), expired).coupons())
                    .containsExactly(new CouponResult("OLD5", CouponStatus.NOT_APPLICABLE));
        }
    }

    @Nested
    class QuoteLevelConditions {

        private RuleRef when(String window, String conditions) {
            return rule("R-1", "{'name': 'conditional', 'kind': 'PROMOTION', " + window + " 'conditions': "
                    + conditions + ", 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}");
        }

        private boolean applies(RuleRef rule, Fixtures.Cart cart) {
            return price(cart, rule).discountTotal().signum() > 0;
        }

        @ParameterizedTest(name = "at {0}: {1}")
        @CsvSource({
                "2026-11-30T23:59:59Z, false",
                "2026-12-01T00:00:00Z, true",
                "2026-12-31T23:59:59Z, true",
                "2027-01-01T00:00:00Z, false"})
        void appliesARuleFromItsValidFromToItsValidToInclusive(String at, boolean applies) {
            RuleRef december = when("'validFrom': '2026-12-01T00:00:00Z', 'validTo': '2026-12-31T23:59:59Z',",
                    "{}");

            assertThat(applies(december, cart(line(1, "A", 1)).at(at))).isEqualTo(applies);
        }

        @Test
        void tracesWhyARuleWasDropped() {
            RuleRef december = when("'validFrom': '2026-12-01T00:00:00Z',", "{'channels': ['app']}");

            assertThat(price(cart(line(1, "A", 1)), december).trace()).containsExactly(new TraceEvent(
                    "rule-dropped", "R-1", 1, 0, null, "outside its validity window"));
        }

        @Test
        void requiresTheSegmentChannelStoreAndATag() {
            RuleRef rule = when("", "{'segments': ['value'], 'channels': ['app'], 'stores': ['S-2'],"
                    + " 'customerTags': ['loyalty', 'staff']}");
            Fixtures.Cart matching = cart(line(1, "A", 1)).segment("value").channel("app").store("S-2")
                    .tags("staff");

            assertThat(applies(rule, matching)).isTrue();
            assertThat(applies(rule, cart(line(1, "A", 1)).segment("other").channel("app").store("S-2")
                    .tags("staff"))).isFalse();
            assertThat(applies(rule, cart(line(1, "A", 1)).segment("value").channel("web").store("S-2")
                    .tags("staff"))).isFalse();
            assertThat(applies(rule, cart(line(1, "A", 1)).segment("value").channel("app").tags("staff")))
                    .isFalse();
            assertThat(applies(rule, cart(line(1, "A", 1)).segment("value").channel("app").store("S-2")))
                    .isFalse();
        }

        @Test
        void comparesTheMinimumCartSubtotalWithTheListSubtotalBeforeDiscounts() {
            RuleRef bigCarts = when("", "{'minCartSubtotal': '20.00'}");
            RuleRef firstHalfOff = percentOff("R-0", 500, "50");

            PricingResult result = price(cart(line(1, "A", 2)), firstHalfOff, bigCarts);

            assertThat(amounts(result.lines().get(0))).isEqualTo(money("-10.00", "-1.00"));
            assertThat(applies(bigCarts, cart(line(1, "A", 1), line(2, "B", 1, "9.99", "1.00")))).isFalse();
        }
    }

    @Nested
    class Reporting {

        @Test
        void listsTheRulesThatChangedALineInFiringOrderWithTheirKind() {
            RuleRef unmatched = rule("R-5", """
                    {'name': 'none', 'kind': 'PROMOTION', 'priority': 900, 'conditions': {'skus': ['Z']},
                     'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}""");
            RuleRef floor = rule("R-9", """
                    {'name': 'floor', 'kind': 'GUARD', 'effect': {'type': 'MIN_UNIT_PRICE', 'price': '8.00'}}""");

            PricingResult result = price(cart(line(1, "A", 1)), percentOff("R-2", 100, "50"), unmatched, floor,
                    percentOff("R-1", 200, "10"));

            assertThat(result.appliedRules()).containsExactly(new AppliedRule("R-1", 1, "10% off", "PROMOTION"),
                    new AppliedRule("R-2", 1, "50% off", "PROMOTION"), new AppliedRule("R-9", 1, "floor", "GUARD"));
        }

        @Test
        void tracesEachFiringGuardCutAndSkipWithItsAmount() {
            RuleRef floor = rule("R-9", """
                    {'name': 'floor', 'kind': 'GUARD', 'effect': {'type': 'MIN_UNIT_PRICE', 'price': '8.00'}}""");

            List<TraceEvent> trace = price(cart(line(1, "A", 1)), percentOff("R-1", 100, "50"), floor).trace();

            assertThat(trace).extracting(TraceEvent::step, TraceEvent::ruleId, TraceEvent::lineNo,
                    TraceEvent::amount).containsExactly(
                    tuple("line-promotion", "R-1", 1, new BigDecimal("-5.00")),
                    tuple("guard-cut", "R-9", 1, new BigDecimal("3.00")));
        }
    }
}
