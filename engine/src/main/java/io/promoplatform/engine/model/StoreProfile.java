package io.promoplatform.engine.model;

import java.util.Arrays;
import java.util.List;

/**
 * A store's demographics and competition, the columns of the stores file. The model sees a store only
 * through these, never through its number, so a store it never saw is predicted like any other.
 */
public record StoreProfile(int store, double[] demographics) {

    /** Column names of the stores file after {@code STORE}, in order; also the feature names. */
    public static final List<String> COLUMNS = List.of(
            "AGE60", "EDUC", "ETHNIC", "INCOME", "HHLARGE", "WORKWOM", "HVAL150", "SSTRDIST", "SSTRVOL", "CPDIST5", "CPWVOL5");

    public StoreProfile {
        if (demographics.length != COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " demographic values, got " + demographics.length);
        }
        for (double v : demographics) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("demographics must be finite: " + Arrays.toString(demographics));
            }
        }
        demographics = demographics.clone();
    }

    @Override
    public double[] demographics() {
        return demographics.clone();
    }

    /** Value of column {@code i} of {@link #COLUMNS} without copying the array. */
    public double value(int i) {
        return demographics[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreProfile p && store == p.store && Arrays.equals(demographics, p.demographics);
    }

    @Override
    public int hashCode() {
        return 31 * store + Arrays.hashCode(demographics);
    }

    @Override
    public String toString() {
        return "StoreProfile[store=" + store + ", demographics=" + Arrays.toString(demographics) + "]";
    }
}
