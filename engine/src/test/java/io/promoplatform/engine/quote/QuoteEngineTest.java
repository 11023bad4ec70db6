package io.promoplatform.engine.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.engine.release.Release;
import io.promoplatform.engine.release.ReleaseRuntime;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteEngineTest {

    private static final Currency USD = Currency.getInstance("USD");

    private static PricingInput cart(List<String> coupons, PricingLine... lines) {
        return new PricingInput("default", "web", null, null, Set.of(), coupons, Instant.parse("2026-11-22T10:00:00Z"),
                USD, List.of(lines));
    }

    private static PricingLine line(int no, String sku, int qty, String price) {
        return new PricingLine(no, sku, qty, new BigDecimal(price), new BigDecimal("1.00"), "B", "juice", null);
    }

    @Test
    void emptyReleasePricesEveryLineAtListWithConsistentTotals() {
        QuoteEngine engine = new QuoteEngine(new ReleaseRuntime());

        PricingResult result = engine.price(cart(List.of(), line(1, "A", 2, "3.49"), line(2, "B", 3, "2.10")));

        assertThat(result.release()).isZero();
        assertThat(result.lines()).extracting(PricedLine::lineTotal)
                .containsExactly(new BigDecimal("6.98"), new BigDecimal("6.30"));
        assertThat(result.lines()).extracting(PricedLine::unitPrice)
                .containsExactly(new BigDecimal("3.49"), new BigDecimal("2.10"));
        assertThat(result.listTotal()).isEqualTo(new BigDecimal("13.28"));
        assertThat(result.discountTotal()).isEqualTo(new BigDecimal("0.00"));
        assertThat(result.total()).isEqualTo(new BigDecimal("13.28"));
    }

    @Test
    void couponsNoRuleUsesAreUnknownAndListedOnce() {
        QuoteEngine engine = new QuoteEngine(new ReleaseRuntime());

        PricingResult result = engine.price(cart(List.of("JUICE10", "JUICE10", "X"), line(1, "A", 1, "1.00")));

        assertThat(result.coupons()).containsExactly(
                new CouponResult("JUICE10", CouponResult.CouponStatus.UNKNOWN),
                new CouponResult("X", CouponResult.CouponStatus.UNKNOWN));
    }

    @Test
    void quotesArePricedByTheReleaseActiveWhenTheyStart() {
        ReleaseRuntime runtime = new ReleaseRuntime();
        QuoteEngine engine = new QuoteEngine(runtime);
        Release previous = runtime.swap(new Release(7, List.of()));

        assertThat(previous.number()).isZero();
        assertThat(engine.price(cart(List.of(), line(1, "A", 1, "1.00"))).release()).isEqualTo(7);
    }
}
