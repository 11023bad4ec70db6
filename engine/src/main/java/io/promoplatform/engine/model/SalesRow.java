package io.promoplatform.engine.model;

import java.util.Arrays;

/**
 * One store × brand × week of the orange-juice scanner data. {@code prices} holds the per-ounce shelf
 * price of every brand in that store-week ({@code price1..price11}, index {@code brand - 1}), so the
 * competitors' prices travel with the row. {@code logmove} is NaN for a row that is only to be
 * predicted (typical conditions built by the model itself).
 */
public record SalesRow(int store, int brand, int week, double logmove, double[] prices, int deal, double feat,
                       double profit) {

    public SalesRow {
        OjBrand.of(brand);
        if (prices.length != OjBrand.COUNT) {
            throw new IllegalArgumentException("expected " + OjBrand.COUNT + " prices, got " + prices.length);
        }
        for (double p : prices) {
            if (!(p > 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("prices must be positive and finite: " + Arrays.toString(prices));
            }
        }
        if (deal != 0 && deal != 1) {
            throw new IllegalArgumentException("deal must be 0 or 1, was " + deal);
        }
        if (!(feat >= 0 && feat <= 1)) {
            throw new IllegalArgumentException("feat must be in 0..1, was " + feat);
        }
        prices = prices.clone();
    }

    /** A defensive copy; {@link #price(int)} reads without copying. */
    @Override
    public double[] prices() {
        return prices.clone();
    }

    /** Per-ounce shelf price of {@code brandNumber} in this store-week. */
    public double price(int brandNumber) {
        return prices[brandNumber - 1];
    }

    public double ownPrice() {
        return prices[brand - 1];
    }

    /** The same row with the own brand's shelf price replaced; used to probe the model's price response. */
    public SalesRow withOwnPrice(double price) {
        double[] changed = prices.clone();
        changed[brand - 1] = price;
        return new SalesRow(store, brand, week, logmove, changed, deal, feat, profit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SalesRow r && store == r.store && brand == r.brand && week == r.week
                && Double.compare(logmove, r.logmove) == 0 && Arrays.equals(prices, r.prices) && deal == r.deal
                && Double.compare(feat, r.feat) == 0 && Double.compare(profit, r.profit) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * store + brand) + week) + Arrays.hashCode(prices);
    }

    @Override
    public String toString() {
        return "SalesRow[store=" + store + ", brand=" + brand + ", week=" + week + ", logmove=" + logmove
                + ", prices=" + Arrays.toString(prices) + ", deal=" + deal + ", feat=" + feat + ", profit=" + profit + "]";
    }
}
