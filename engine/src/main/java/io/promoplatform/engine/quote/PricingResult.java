package io.promoplatform.engine.quote;

import java.math.BigDecimal;
import java.util.List;

/** The engine's answer for one cart, priced by exactly one release. */
public record PricingResult(
        long release,
        List<PricedLine> lines,
        List<OrderAdjustment> orderAdjustments,
        BigDecimal listTotal,
        BigDecimal discountTotal,
        BigDecimal total,
        List<AppliedRule> appliedRules,
        List<CouponResult> coupons,
        List<Warning> warnings,
        List<TraceEvent> trace) {
}
