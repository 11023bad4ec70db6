package io.promoplatform.engine.model;

import java.math.BigDecimal;

/**
 * One product of an uplift question: its list price and unit cost (money, per pack) and the units it
 * sells at list price over the period being planned, e.g. the model's {@code baselineUnits} (per store
 * and week) times the segment's stores times the campaign's weeks.
 */
public record ProductEconomics(int brand, BigDecimal listPrice, BigDecimal unitCost, double baselineUnits) {

    public ProductEconomics {
        OjBrand.of(brand);
        if (listPrice == null || listPrice.signum() <= 0) {
            throw new IllegalArgumentException("listPrice must be positive, was " + listPrice);
        }
        if (unitCost == null || unitCost.signum() < 0) {
            throw new IllegalArgumentException("unitCost must not be negative, was " + unitCost);
        }
        if (!(baselineUnits >= 0) || Double.isInfinite(baselineUnits)) {
            throw new IllegalArgumentException("baselineUnits must be a finite non-negative number, was " + baselineUnits);
        }
    }
}
