package io.promoplatform.engine.reference;

import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.engine.quote.Signals;
import io.promoplatform.rules.guided.Conditions;
import io.promoplatform.rules.guided.GuidedRule;
import io.promoplatform.rules.guided.SignalConditions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The conditions of PRICING.md, read literally: lists are "any of", conditions are "and", empty = none. */
final class RuleConditions {

    private RuleConditions() {
    }

    /** Both ends of the window are inclusive; a missing end is open. */
    static boolean inWindow(GuidedRule rule, Instant at) {
        return (rule.validFrom() == null || !at.isBefore(rule.validFrom()))
                && (rule.validTo() == null || !at.isAfter(rule.validTo()));
    }

    /**
     * The name of the first quote-level condition the quote fails, or null when all hold.
     * {@code minCartSubtotal} is compared with the list subtotal of the whole cart, before any discount,
     * so that a promotion cannot switch another one off by lowering the subtotal.
     */
    static String failedQuoteCondition(Conditions conditions, PricingInput input, BigDecimal listSubtotal) {
        if (!anyOf(conditions.segments(), input.segment())) {
            return "segments";
        }
        if (!anyOf(conditions.channels(), input.channel())) {
            return "channels";
        }
        if (!anyOf(conditions.stores(), input.storeId())) {
            return "stores";
        }
        if (!conditions.customerTags().isEmpty()
                && conditions.customerTags().stream().noneMatch(input.customerTags()::contains)) {
            return "customerTags";
        }
        if (conditions.couponCode() != null && !input.couponCodes().contains(conditions.couponCode())) {
            return "couponCode";
        }
        if (conditions.minCartSubtotal() != null && listSubtotal.compareTo(conditions.minCartSubtotal()) < 0) {
            return "minCartSubtotal";
        }
        return null;
    }

    /** Whether the product conditions select this line (every line when there are none). */
    static boolean matchesLine(Conditions conditions, PricingLine line) {
        return anyOf(conditions.skus(), line.sku())
                && anyOf(conditions.brands(), line.brand())
                && anyOf(conditions.categories(), line.category())
                && (conditions.minLineQuantity() == null || line.quantity() >= conditions.minLineQuantity())
                && (conditions.signals() == null || matchesSignals(conditions.signals(), line.signals()));
    }

    /** A line without model signals matches no signal bound (SignalConditions). */
    private static boolean matchesSignals(SignalConditions bounds, Signals signals) {
        return signals != null
                && atMost(signals.elasticity(), bounds.elasticityAtMost())
                && atLeast(signals.elasticity(), bounds.elasticityAtLeast())
                && atMost(signals.baselineUnits(), bounds.baselineUnitsAtMost())
                && atLeast(signals.baselineUnits(), bounds.baselineUnitsAtLeast());
    }

    private static boolean atMost(double value, Double bound) {
        return bound == null || value <= bound;
    }

    private static boolean atLeast(double value, Double bound) {
        return bound == null || value >= bound;
    }

    private static boolean anyOf(List<String> allowed, String value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }
}
