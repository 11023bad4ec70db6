package io.promoplatform.samples.derive;

import io.promoplatform.samples.SampleProduct;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns store-week sales rows into one sample product per brand.
 * <ul>
 *   <li>list price = median over the brand's non-deal store-weeks of (own price per ounce × ounces per pack);</li>
 *   <li>cost = median over the same rows of (pack price × (1 − profit% / 100)).</li>
 * </ul>
 * Both medians are computed exactly in decimal and only then rounded half-even to cents.
 */
final class ProductPricing {

    static final String CATEGORY = "juice";
    static final String CURRENCY = "USD";

    private final Map<Brand, List<BigDecimal>> packPrices = new EnumMap<>(Brand.class);
    private final Map<Brand, List<BigDecimal>> packCosts = new EnumMap<>(Brand.class);

    ProductPricing() {
        for (Brand brand : Brand.values()) {
            packPrices.put(brand, new ArrayList<>());
            packCosts.put(brand, new ArrayList<>());
        }
    }

    /** Takes one sales row into account; rows with a deal are left out. */
    void add(RawData.Sale sale) {
        if (sale.deal()) {
            return;
        }
        BigDecimal packPrice = sale.pricePerOunce().multiply(BigDecimal.valueOf(sale.brand().ounces));
        BigDecimal marginShare = sale.profitPercent().movePointLeft(2);
        packPrices.get(sale.brand()).add(packPrice);
        packCosts.get(sale.brand()).add(packPrice.multiply(BigDecimal.ONE.subtract(marginShare)));
    }

    /** One product per brand, in brand order. */
    List<SampleProduct> products() {
        List<SampleProduct> products = new ArrayList<>();
        for (Brand brand : Brand.values()) {
            if (packPrices.get(brand).isEmpty()) {
                throw new IllegalStateException("No non-deal rows for brand " + brand.number + " (" + brand.sku + ")");
            }
            BigDecimal listPrice = toCents(median(packPrices.get(brand)));
            BigDecimal cost = toCents(median(packCosts.get(brand)));
            if (cost.signum() <= 0 || cost.compareTo(listPrice) >= 0) {
                throw new IllegalStateException(brand.sku + ": cost " + cost + " must be above zero and below list price "
                        + listPrice);
            }
            products.add(new SampleProduct(brand.sku, brand.productName(), brand.brandName, CATEGORY,
                    listPrice, cost, CURRENCY));
        }
        return products;
    }

    /** The exact median; for an even count the mean of the two middle values (exact: halving a decimal terminates). */
    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("median of nothing");
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
    }

    static BigDecimal toCents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
