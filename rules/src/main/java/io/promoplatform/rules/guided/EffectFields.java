package io.promoplatform.rules.guided;

import java.util.List;

/**
 * Which effect and tier fields each {@link EffectType} takes (PRICING.md's effect tables), so that the
 * parser can require the right ones and name the ones that do not belong.
 */
final class EffectFields {

    static final List<String> ALL = List.of("type", "percent", "amount", "price", "buy", "get", "tiers");
    static final List<String> ALL_TIER = List.of("minSubtotal", "percent", "amount");

    private EffectFields() {
    }

    /** The fields besides {@code type} that the effect must have. */
    static List<String> required(EffectType type) {
        return switch (type) {
            case PERCENT_OFF, MIN_MARGIN_PERCENT, MAX_DISCOUNT_PERCENT -> List.of("percent");
            case AMOUNT_OFF_UNIT -> List.of("amount");
            case FIXED_UNIT_PRICE, MIN_UNIT_PRICE -> List.of("price");
            case BUY_X_GET_Y -> List.of("buy", "get");
            case ORDER_PERCENT_OFF, ORDER_AMOUNT_OFF -> List.of("tiers");
        };
    }

    /** Every field besides {@code type} that the effect may have. */
    static List<String> taken(EffectType type) {
        return type == EffectType.BUY_X_GET_Y ? List.of("buy", "get", "percent") : required(type);
    }

    /** The fields every tier of an order effect must have; empty for other effects. */
    static List<String> tier(EffectType type) {
        return switch (type) {
            case ORDER_PERCENT_OFF -> List.of("minSubtotal", "percent");
            case ORDER_AMOUNT_OFF -> List.of("minSubtotal", "amount");
            default -> List.of();
        };
    }
}
