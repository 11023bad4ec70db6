package io.promoplatform.web.quote;

import io.promoplatform.engine.quote.PricedLine;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.quote.Warning;
import io.promoplatform.rules.Money;
import io.promoplatform.web.quote.QuoteResponse.AdjustmentView;
import io.promoplatform.web.quote.QuoteResponse.AppliedRuleView;
import io.promoplatform.web.quote.QuoteResponse.CouponView;
import io.promoplatform.web.quote.QuoteResponse.GuardView;
import io.promoplatform.web.quote.QuoteResponse.LineView;
import io.promoplatform.web.quote.QuoteResponse.OrderAdjustmentView;
import io.promoplatform.web.quote.QuoteResponse.SignalsView;
import io.promoplatform.web.quote.QuoteResponse.WarningView;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** Maps the engine's result to the contract's JSON shape. */
final class QuoteViews {

    private QuoteViews() {
    }

    static QuoteResponse response(String quoteId, Instant pricedAt, Instant expiresAt, Currency currency,
            String segment, String modelVersion, PricingResult result, List<Warning> warnings) {
        return new QuoteResponse(quoteId, pricedAt, expiresAt, currency.getCurrencyCode(), segment, result.release(),
                modelVersion,
                result.lines().stream().map(l -> line(l, currency)).toList(),
                result.orderAdjustments().stream().map(o -> new OrderAdjustmentView(o.ruleId(), o.ruleRevision(),
                        o.ruleName(), Money.format(o.amount(), currency), Money.format(o.desiredAmount(), currency),
                        o.campaign())).toList(),
                Money.format(result.listTotal(), currency),
                Money.format(result.discountTotal(), currency),
                Money.format(result.total(), currency),
                result.appliedRules().stream().map(r -> new AppliedRuleView(r.ruleId(), r.ruleRevision(), r.name(),
                        r.kind())).toList(),
                result.coupons().stream().map(c -> new CouponView(c.code(), c.status().name())).toList(),
                warnings.stream().map(w -> new WarningView(w.code(), w.campaign(), w.message())).toList());
    }

    private static LineView line(PricedLine l, Currency currency) {
        return new LineView(l.lineNo(), l.sku(), l.quantity(), Money.format(l.listUnitPrice(), currency),
                Money.format(l.listTotal(), currency), Money.format(l.lineDiscount(), currency),
                Money.format(l.lineTotal(), currency), Money.format(l.unitPrice(), currency),
                l.adjustments().stream().map(a -> new AdjustmentView(a.ruleId(), a.ruleRevision(), a.ruleName(),
                        a.kind(), Money.format(a.amount(), currency), Money.format(a.desiredAmount(), currency),
                        a.campaign())).toList(),
                l.guards().stream().map(g -> new GuardView(g.ruleId(), g.ruleRevision(), g.ruleName(),
                        Money.format(g.restored(), currency))).toList(),
                l.signals() == null ? null : new SignalsView(l.signals().elasticity(), l.signals().baselineUnits()));
    }
}
