package io.promoplatform.rules.guided;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a rule does. Which fields are set depends on {@link EffectType}: {@code percent} for
 * PERCENT_OFF, BUY_X_GET_Y (default 100), MIN_MARGIN_PERCENT and MAX_DISCOUNT_PERCENT; {@code amount}
 * for AMOUNT_OFF_UNIT; {@code price} for FIXED_UNIT_PRICE and MIN_UNIT_PRICE; {@code buy}/{@code get}
 * for BUY_X_GET_Y; {@code tiers} for the order effects. Unused fields are null (tiers empty).
 */
public record Effect(
        EffectType type,
        BigDecimal percent,
        BigDecimal amount,
        BigDecimal price,
        Integer buy,
        Integer get,
        List<Tier> tiers) {

    public Effect {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }
}
