package io.promoplatform.engine.quote;

import io.promoplatform.engine.release.Release;
import io.promoplatform.engine.release.ReleaseRuntime;
import io.promoplatform.rules.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Prices carts with the active release. Reads the release once per quote, so every line of a quote is
 * priced by the same release even while another is being swapped in.
 */
public final class QuoteEngine {

    private final ReleaseRuntime runtime;

    public QuoteEngine(ReleaseRuntime runtime) {
        this.runtime = runtime;
    }

    public PricingResult price(PricingInput input) {
        return price(runtime.active(), input);
    }

    public PricingResult price(Release release, PricingInput input) {
        Currency currency = input.currency();
        List<PricedLine> lines = new ArrayList<>(input.lines().size());
        BigDecimal listTotal = Money.zero(currency);
        BigDecimal discountTotal = Money.zero(currency);
        for (PricingLine line : input.lines()) {
            BigDecimal unit = Money.round(line.listUnitPrice(), currency);
            BigDecimal lineList = unit.multiply(BigDecimal.valueOf(line.quantity()));
            BigDecimal lineDiscount = Money.zero(currency);
            BigDecimal lineTotal = lineList.subtract(lineDiscount);
            BigDecimal unitPrice = lineTotal.divide(BigDecimal.valueOf(line.quantity()),
                    currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
            lines.add(new PricedLine(line.lineNo(), line.sku(), line.quantity(), unit, lineList, lineDiscount,
                    lineTotal, unitPrice, List.of(), List.of(), line.signals()));
            listTotal = listTotal.add(lineList);
            discountTotal = discountTotal.add(lineDiscount);
        }
        List<CouponResult> coupons = new ArrayList<>();
        for (String code : new LinkedHashSet<>(input.couponCodes())) {
            coupons.add(new CouponResult(code, CouponResult.CouponStatus.UNKNOWN));
        }
        return new PricingResult(release.number(), lines, List.of(), listTotal, discountTotal,
                listTotal.subtract(discountTotal), List.of(), coupons, List.of(), List.of());
    }
}
