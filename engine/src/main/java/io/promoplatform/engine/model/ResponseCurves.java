package io.promoplatform.engine.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The model's unit response to price cuts, per brand × segment: the factor by which expected weekly
 * units grow when the shelf price is cut by 0%, 2%, ... 50% from the segment's typical regular price,
 * with no deal or feature advertising. Tabulated at training time (the model's own predictions,
 * averaged over the segment's stores and the four seasons) so uplift curves need no model at run time.
 * Cuts deeper than 50% are outside what the data shows and are not offered.
 */
public final class ResponseCurves {

    static final double DISCOUNT_STEP = 0.02;
    static final int POINTS = 26;

    /** Deepest tabulated cut. */
    public static final double MAX_DISCOUNT = DISCOUNT_STEP * (POINTS - 1);

    record Key(int brand, String segment) {
    }

    private final Map<Key, double[]> multipliers;

    ResponseCurves(Map<Key, double[]> multipliers) {
        Map<Key, double[]> copy = new HashMap<>();
        multipliers.forEach((k, v) -> {
            if (v.length != POINTS) {
                throw new IllegalArgumentException("a response curve has " + POINTS + " points, got " + v.length);
            }
            copy.put(k, v.clone());
        });
        this.multipliers = copy;
    }

    Map<Key, double[]> raw() {
        Map<Key, double[]> copy = new HashMap<>();
        multipliers.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    public boolean covers(int brand, String segment) {
        return curve(brand, segment) != null;
    }

    /**
     * Expected units at a cut of {@code discount} (0..{@link #MAX_DISCOUNT}) over units at the regular
     * price; 1 at no cut, never decreasing in the cut. Linear between tabulated points.
     */
    public double unitsMultiplier(int brand, String segment, double discount) {
        double[] curve = curve(brand, segment);
        if (curve == null) {
            throw new IllegalArgumentException("no response curve for brand " + brand + " in segment " + segment);
        }
        if (!(discount >= 0 && discount <= MAX_DISCOUNT + 1e-12)) {
            throw new IllegalArgumentException("discount must be in 0.." + MAX_DISCOUNT + ", was " + discount);
        }
        double x = Math.min(discount / DISCOUNT_STEP, POINTS - 1);
        int i = (int) Math.floor(x);
        if (i >= POINTS - 1) {
            return curve[POINTS - 1];
        }
        double t = x - i;
        return curve[i] * (1 - t) + curve[i + 1] * t;
    }

    private double[] curve(int brand, String segment) {
        double[] c = multipliers.get(new Key(brand, segment));
        return c != null ? c : multipliers.get(new Key(brand, PriceSignals.DEFAULT_SEGMENT));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ResponseCurves r) || !multipliers.keySet().equals(r.multipliers.keySet())) {
            return false;
        }
        return multipliers.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), r.multipliers.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Objects.hash(multipliers.keySet());
    }
}
