package io.promoplatform.web.release;

import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.web.catalog.CatalogService;
import io.promoplatform.web.catalog.Product;
import io.promoplatform.web.system.PromoProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Carts a candidate release must price before it may go live: every segment with the whole catalog
 * (up to 50 products, three of each) and every coupon code the rules use, on the web channel. They
 * catch rule sets that run away (the firing bound) or fail at run time, and they warm the KieBase.
 */
@Component
class SmokeCarts {

    private final CatalogService catalog;
    private final Clock clock;
    private final Currency currency;

    SmokeCarts(CatalogService catalog, Clock clock, PromoProperties properties) {
        this.catalog = catalog;
        this.clock = clock;
        this.currency = Currency.getInstance(properties.currency());
    }

    List<PricingInput> carts(Set<String> couponCodes) {
        List<Product> products = catalog.sampleProducts(50).stream()
                .filter(p -> p.currency().equals(currency.getCurrencyCode())).toList();
        List<PricingLine> lines = new ArrayList<>();
        for (Product p : products) {
            lines.add(new PricingLine(lines.size() + 1, p.sku(), 3, p.listPrice(), p.cost(), p.brand(), p.category(),
                    null));
        }
        if (lines.isEmpty()) {
            lines.add(new PricingLine(1, "SMOKE", 3, new java.math.BigDecimal("10.00"), new java.math.BigDecimal("6.00"),
                    "smoke", "smoke", null));
        }
        List<PricingInput> carts = new ArrayList<>();
        for (String segment : catalog.segmentIds()) {
            carts.add(new PricingInput(segment, "web", null, null, Set.of(), List.copyOf(couponCodes), clock.instant(),
                    currency, lines, Map.of()));
        }
        return carts;
    }
}
