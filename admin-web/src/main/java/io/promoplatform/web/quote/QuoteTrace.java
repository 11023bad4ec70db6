package io.promoplatform.web.quote;

import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.quote.TraceEvent;
import io.promoplatform.rules.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Why a quote got its price: the resolved segment and how, the input facts the rules saw (with model
 * signals), every step the engine took in order, the release and the model version.
 */
record QuoteTrace(
        Segment segment,
        Instant at,
        String channel,
        String storeId,
        String customerId,
        Set<String> customerTags,
        List<String> couponCodes,
        List<LineFacts> facts,
        List<TraceEvent> steps,
        long release,
        String modelVersion) {

    record Segment(String id, String resolvedFrom) {
    }

    record LineFacts(int lineNo, String sku, int quantity, String listUnitPrice, String unitCost, String brand,
            String category, Object signals) {
    }

    static QuoteTrace of(PricingInput input, String segmentSource, PricingResult result, String modelVersion) {
        return new QuoteTrace(new Segment(input.segment(), segmentSource), input.at(), input.channel(),
                input.storeId(), input.customerId(), input.customerTags(), input.couponCodes(),
                input.lines().stream().map(l -> new LineFacts(l.lineNo(), l.sku(), l.quantity(),
                        Money.format(l.listUnitPrice(), input.currency()), Money.format(l.unitCost(), input.currency()),
                        l.brand(), l.category(), l.signals())).toList(),
                result.trace(), result.release(), modelVersion);
    }
}
