package io.promoplatform.web.quote;

import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.quote.QuoteEngine;
import io.promoplatform.engine.quote.Signals;
import io.promoplatform.engine.release.Release;
import io.promoplatform.rules.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-prices stored quotes under another rule set, from the facts their traces recorded (the catalog
 * prices, costs and model signals they were priced with, not today's), and sums what would change.
 * Costs are those of the trace, so the margin change equals the revenue change.
 */
@Service
public class QuoteReplay {

    public static final int MAX_QUOTES = 5_000;

    private final QuoteStore store;
    private final QuoteEngine engine;
    private final JsonMapper json;

    QuoteReplay(QuoteStore store, QuoteEngine engine, JsonMapper json) {
        this.store = store;
        this.engine = engine;
        this.json = json;
    }

    public record Replayed(String quoteId, Instant pricedAt, String totalBefore, String totalAfter,
            String discountBefore, String discountAfter) {
    }

    public record Summary(int quotes, String discountBefore, String discountAfter, String discountChange,
            String marginChange, List<Replayed> changed, List<Replayed> all) {
    }

    public Summary replay(Release release, Instant from, Instant to, int limit, Currency currency) {
        List<Replayed> all = new ArrayList<>();
        BigDecimal before = Money.zero(currency);
        BigDecimal after = Money.zero(currency);
        BigDecimal totalBefore = Money.zero(currency);
        BigDecimal totalAfter = Money.zero(currency);
        for (QuoteStore.Replayable quote : store.pricedBetween(from, to, limit)) {
            JsonNode trace = json.readTree(quote.traceJson());
            PricingInput input = input(trace, currency);
            if (input == null) {
                continue;
            }
            PricingResult result = engine.price(release, input);
            all.add(new Replayed(quote.id(), quote.pricedAt(), Money.format(quote.total(), currency),
                    Money.format(result.total(), currency), Money.format(quote.discountTotal(), currency),
                    Money.format(result.discountTotal(), currency)));
            before = before.add(quote.discountTotal());
            after = after.add(result.discountTotal());
            totalBefore = totalBefore.add(quote.total());
            totalAfter = totalAfter.add(result.total());
        }
        List<Replayed> changed = all.stream().filter(r -> !r.totalBefore().equals(r.totalAfter()))
                .sorted((a, b) -> new BigDecimal(b.totalAfter()).subtract(new BigDecimal(b.totalBefore())).abs()
                        .compareTo(new BigDecimal(a.totalAfter()).subtract(new BigDecimal(a.totalBefore())).abs()))
                .limit(20).toList();
        return new Summary(all.size(), Money.format(before, currency), Money.format(after, currency),
                Money.format(after.subtract(before), currency), Money.format(totalAfter.subtract(totalBefore), currency),
                changed, all);
    }

    /** The pricing input a trace recorded; null for a quote in another currency than the replay's. */
    private static PricingInput input(JsonNode trace, Currency currency) {
        List<PricingLine> lines = new ArrayList<>();
        for (JsonNode fact : trace.get("facts")) {
            JsonNode signals = fact.get("signals");
            lines.add(new PricingLine(fact.get("lineNo").asInt(), fact.get("sku").asString(),
                    fact.get("quantity").asInt(), new BigDecimal(fact.get("listUnitPrice").asString()),
                    new BigDecimal(fact.get("unitCost").asString()), fact.get("brand").asString(),
                    fact.get("category").asString(), signals == null || signals.isNull() ? null
                            : new Signals(signals.get("elasticity").asDouble(), signals.get("baselineUnits").asDouble())));
        }
        Set<String> tags = new HashSet<>();
        trace.get("customerTags").forEach(t -> tags.add(t.asString()));
        List<String> coupons = new ArrayList<>();
        trace.get("couponCodes").forEach(c -> coupons.add(c.asString()));
        return new PricingInput(trace.at("/segment/id").asString(), trace.get("channel").asString(),
                text(trace.get("storeId")), text(trace.get("customerId")), tags, coupons,
                Instant.parse(trace.get("at").asString()), currency, lines);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
