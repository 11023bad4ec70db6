package io.promoplatform.engine.reference;

import io.promoplatform.rules.Money;
import io.promoplatform.rules.guided.Effect;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** What a line effect takes off a line (PRICING.md "Line effects"), as a positive amount. */
final class LineEffects {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LineEffects() {
    }

    /**
     * The discount on a line of {@code quantity} units whose current total is {@code current}: computed
     * on the current total, rounded once half-even to minor units, then capped at the current total so
     * the line never goes below zero. Zero means the effect does not apply.
     */
    static BigDecimal discount(Effect effect, int quantity, BigDecimal current, Currency currency) {
        BigDecimal asked = switch (effect.type()) {
            case PERCENT_OFF -> Money.round(current.multiply(effect.percent()).divide(HUNDRED), currency);
            case AMOUNT_OFF_UNIT -> Money.round(effect.amount().multiply(BigDecimal.valueOf(quantity)), currency);
            case FIXED_UNIT_PRICE -> fixedUnitPrice(effect.price(), quantity, current, currency);
            case BUY_X_GET_Y -> buyXGetY(effect, quantity, current, currency);
            default -> throw new IllegalArgumentException(effect.type() + " is not a line effect");
        };
        return asked.min(current);
    }

    /** Only a price that lowers the current total applies; a quote never raises a price. */
    private static BigDecimal fixedUnitPrice(BigDecimal price, int quantity, BigDecimal current, Currency currency) {
        BigDecimal target = Money.round(price.multiply(BigDecimal.valueOf(quantity)), currency);
        return current.subtract(target).max(Money.zero(currency));
    }

    /**
     * Every complete group of buy+get units has its last {@code get} units at {@code percent} off the
     * current unit price, current total / quantity. The discount is current × discounted units × percent /
     * (quantity × 100), divided once so that it is rounded once.
     */
    private static BigDecimal buyXGetY(Effect effect, int quantity, BigDecimal current, Currency currency) {
        int groups = quantity / (effect.buy() + effect.get());
        BigDecimal discountedUnits = BigDecimal.valueOf((long) groups * effect.get());
        return current.multiply(discountedUnits).multiply(effect.percent())
                .divide(BigDecimal.valueOf(quantity).multiply(HUNDRED), currency.getDefaultFractionDigits(),
                        RoundingMode.HALF_EVEN);
    }
}
