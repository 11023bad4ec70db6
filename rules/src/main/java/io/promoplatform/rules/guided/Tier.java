package io.promoplatform.rules.guided;

import java.math.BigDecimal;

/** One step of an order effect: from {@code minSubtotal} on, {@code percent} (ORDER_PERCENT_OFF) or {@code amount} off. */
public record Tier(BigDecimal minSubtotal, BigDecimal percent, BigDecimal amount) {
}
