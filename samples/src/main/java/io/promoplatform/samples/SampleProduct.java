package io.promoplatform.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One sample product. Money is always {@link BigDecimal} with scale 2.
 *
 * @param sku       stock-keeping unit, unique in the catalog
 * @param name      display name
 * @param brand     brand family (several SKUs may share one)
 * @param category  product category
 * @param listPrice regular shelf price per pack
 * @param cost      what one pack costs the retailer
 * @param currency  ISO 4217 code
 */
public record SampleProduct(String sku, String name, String brand, String category,
                            BigDecimal listPrice, BigDecimal cost, String currency) {

    public SampleProduct {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(currency, "currency");
        listPrice = cents(listPrice, "listPrice");
        cost = cents(cost, "cost");
    }

    private static BigDecimal cents(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " must be in whole cents: " + amount, e);
        }
    }
}
