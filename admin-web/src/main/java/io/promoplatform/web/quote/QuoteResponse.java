package io.promoplatform.web.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The priced quote exactly as the contract shows it; money as strings with the currency's digits. */
public record QuoteResponse(
        String quoteId,
        Instant pricedAt,
        Instant expiresAt,
        String currency,
        String segment,
        long release,
        String modelVersion,
        List<LineView> lines,
        List<OrderAdjustmentView> orderAdjustments,
        String listTotal,
        String discountTotal,
        String total,
        List<AppliedRuleView> appliedRules,
        List<CouponView> coupons,
        List<WarningView> warnings) {

    public record LineView(int lineNo, String sku, int quantity, String listUnitPrice, String listTotal,
            String lineDiscount, String lineTotal, String unitPrice, List<AdjustmentView> adjustments,
            List<GuardView> guards, @JsonInclude(JsonInclude.Include.NON_NULL) SignalsView signals) {
    }

    public record AdjustmentView(String ruleId, int ruleRevision, String ruleName, String kind, String amount,
            String desiredAmount, @JsonInclude(JsonInclude.Include.NON_NULL) String campaign) {
    }

    public record GuardView(String ruleId, int ruleRevision, String ruleName, String restored) {
    }

    public record SignalsView(double elasticity, double baselineUnits) {
    }

    public record OrderAdjustmentView(String ruleId, int ruleRevision, String ruleName, String amount,
            String desiredAmount, @JsonInclude(JsonInclude.Include.NON_NULL) String campaign) {
    }

    public record AppliedRuleView(String ruleId, int ruleRevision, String name, String kind) {
    }

    public record CouponView(String code, String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WarningView(String code, String campaign, String message) {
    }
}
