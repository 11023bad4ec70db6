package io.promoplatform.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.engine.quote.Adjustment;
import io.promoplatform.engine.quote.CouponResult;
import io.promoplatform.engine.quote.OrderAdjustment;
import io.promoplatform.engine.quote.PricedLine;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The built-in invariants of PRICING.md and API.md that every priced quote satisfies, whatever the
 * rules: for the reference evaluator's own tests and for any engine compared with it.
 */
public final class PricingInvariants {

    private PricingInvariants() {
    }

    public static void assertHold(PricingInput input, PricingResult result) {
        int digits = input.currency().getDefaultFractionDigits();
        assertThat(result.lines()).hasSameSizeAs(input.lines());
        result.lines().forEach(line -> assertLineConsistent(line, digits));
        assertThat(result.listTotal()).isEqualTo(sum(result.lines(), PricedLine::listTotal, digits));
        assertThat(result.discountTotal()).isEqualTo(sum(result.lines(), PricedLine::lineDiscount, digits));
        assertThat(result.total()).isEqualTo(sum(result.lines(), PricedLine::lineTotal, digits));
        result.orderAdjustments().forEach(order -> assertAllocationsAddUp(order, result.lines(), digits));
        assertBudgetsNotOverspent(input.budgetRemaining(), result, digits);
        assertThat(result.coupons()).extracting(CouponResult::code)
                .containsExactlyElementsOf(new LinkedHashSet<>(input.couponCodes()));
    }

    /** A line total in [0, list total], its adjustments summing exactly to minus its discount. */
    private static void assertLineConsistent(PricedLine line, int digits) {
        String which = "line " + line.lineNo();
        assertThat(line.listTotal()).as(which).isEqualTo(line.listUnitPrice().multiply(BigDecimal.valueOf(line
                .quantity())));
        assertThat(line.lineTotal().signum()).as(which + " total >= 0").isGreaterThanOrEqualTo(0);
        assertThat(line.lineTotal()).as(which + " total <= list").isLessThanOrEqualTo(line.listTotal());
        assertThat(line.lineTotal()).as(which).isEqualTo(line.listTotal().subtract(line.lineDiscount()));
        assertThat(line.adjustments().stream().map(Adjustment::amount).reduce(BigDecimal.ZERO.setScale(digits),
                BigDecimal::add)).as(which + " adjustments").isEqualTo(line.lineDiscount().negate());
        assertThat(line.unitPrice()).as(which).isEqualTo(line.lineTotal().divide(BigDecimal.valueOf(line.quantity()),
                digits, RoundingMode.HALF_EVEN));
        for (Adjustment adjustment : line.adjustments()) {
            assertThat(adjustment.amount().scale()).as(which).isEqualTo(digits);
            assertThat(adjustment.amount().signum()).as(which).isLessThanOrEqualTo(0);
            assertThat(adjustment.desiredAmount()).as(which + " desired <= applied")
                    .isLessThanOrEqualTo(adjustment.amount());
        }
        line.guards().forEach(cut -> assertThat(cut.restored().signum()).as(which).isPositive());
    }

    private static void assertAllocationsAddUp(OrderAdjustment order, List<PricedLine> lines, int digits) {
        BigDecimal allocated = lines.stream().flatMap(line -> line.adjustments().stream())
                .filter(adjustment -> adjustment.ruleId().equals(order.ruleId()))
                .map(Adjustment::amount)
                .reduce(BigDecimal.ZERO.setScale(digits), BigDecimal::add);
        assertThat(allocated).as("allocations of " + order.ruleId()).isEqualTo(order.amount());
        assertThat(order.desiredAmount()).isLessThanOrEqualTo(order.amount());
    }

    private static void assertBudgetsNotOverspent(Map<String, BigDecimal> remaining, PricingResult result,
            int digits) {
        remaining.forEach((campaign, left) -> {
            BigDecimal spend = result.lines().stream().flatMap(line -> line.adjustments().stream())
                    .filter(adjustment -> campaign.equals(adjustment.campaign()))
                    .map(Adjustment::amount)
                    .reduce(BigDecimal.ZERO.setScale(digits), BigDecimal::subtract);
            assertThat(spend).as("spend of " + campaign).isLessThanOrEqualTo(left.max(BigDecimal.ZERO));
        });
    }

    private static BigDecimal sum(List<PricedLine> lines, Function<PricedLine, BigDecimal> field, int digits) {
        return lines.stream().map(field).reduce(BigDecimal.ZERO.setScale(digits), BigDecimal::add);
    }
}
