package io.promoplatform.engine.reference;

import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.rules.guided.Effect;
import java.math.BigDecimal;

/** The unit floor each guard effect sets (PRICING.md "Guards"), exact, before any rounding. */
final class Floors {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Floors() {
    }

    /**
     * The guard's unit floor for the line, or null when it cannot set one: a margin guard on a product
     * without a known cost has nothing to protect.
     */
    static BigDecimal unitFloor(Effect effect, PricingLine line, BigDecimal listUnitPrice) {
        return switch (effect.type()) {
            case MIN_MARGIN_PERCENT -> line.unitCost() == null ? null
                    : line.unitCost().multiply(HUNDRED.add(effect.percent())).divide(HUNDRED);
            case MAX_DISCOUNT_PERCENT -> listUnitPrice.multiply(HUNDRED.subtract(effect.percent())).divide(HUNDRED);
            case MIN_UNIT_PRICE -> effect.price();
            default -> throw new IllegalArgumentException(effect.type() + " is not a guard effect");
        };
    }
}
