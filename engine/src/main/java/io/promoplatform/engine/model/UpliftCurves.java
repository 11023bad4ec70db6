package io.promoplatform.engine.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds {@link UpliftCurve}s from the model's tabulated price-cut response.
 * <p>
 * For one product at list price P, unit cost C and baseline units U, a cut of depth d sells
 * U·m(d) units ({@link ResponseCurves}); it spends d·P·U·m(d) of discount and earns an incremental
 * margin of (P − C)·U·(m(d) − 1), the margin on the extra units before the discount that the budget
 * pays for. Spend grows with d, so each spend level maps to one depth (found by bisection); a spend
 * beyond the deepest tabulated cut buys nothing more.
 * <p>
 * That raw curve need not be concave. Two repairs make it so, both attainable in practice: a running
 * maximum, because a segment may leave budget unspent; then the least concave majorant (the upper hull
 * of the points), because any point between two spend levels is reached by running the two discount
 * depths in proportion over the campaign's weeks. Several products are combined by taking the steps
 * with the largest marginal gains first, which is the optimal split of a segment's budget across
 * products once each product's curve is concave, and keeps the sum concave.
 * <p>
 * Money leaves as {@link BigDecimal}: marginal gains are rounded half-even to the step's scale (at
 * least cents) before they are summed, and rounding a non-increasing sequence keeps it non-increasing,
 * so the published curve stays exactly concave.
 */
final class UpliftCurves {

    static final int MAX_STEPS = 10_000;
    private static final int BISECTIONS = 60;

    private UpliftCurves() {
    }

    static UpliftCurve build(ResponseCurves response, String segment, List<ProductEconomics> products, BigDecimal step,
                             int steps) {
        if (step == null || step.signum() <= 0) {
            throw new IllegalArgumentException("step must be positive, was " + step);
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be 1.." + MAX_STEPS + ", was " + steps);
        }
        if (products.isEmpty()) {
            throw new IllegalArgumentException("at least one product is needed");
        }
        double stepValue = step.doubleValue();
        List<Double> marginals = new ArrayList<>();
        for (ProductEconomics p : products) {
            double[] hull = concaveMajorant(runningMax(rawGains(response, segment, p, stepValue, steps)));
            for (int k = 1; k <= steps; k++) {
                marginals.add(hull[k] - hull[k - 1]);
            }
        }
        marginals.sort(Comparator.reverseOrder());
        int scale = Math.max(2, step.scale());
        List<BigDecimal> spend = new ArrayList<>(steps + 1);
        List<BigDecimal> value = new ArrayList<>(steps + 1);
        BigDecimal total = BigDecimal.ZERO.setScale(scale);
        spend.add(BigDecimal.ZERO.setScale(scale));
        value.add(total);
        for (int k = 1; k <= steps; k++) {
            total = total.add(BigDecimal.valueOf(marginals.get(k - 1)).setScale(scale, RoundingMode.HALF_EVEN));
            spend.add(step.multiply(BigDecimal.valueOf(k)).setScale(scale, RoundingMode.HALF_EVEN));
            value.add(total);
        }
        return new UpliftCurve(segment, step, spend, value);
    }

    /** Margin gain at spend k × step for k = 0..steps, before any repair. */
    static double[] rawGains(ResponseCurves response, String segment, ProductEconomics p, double step, int steps) {
        double price = p.listPrice().doubleValue();
        double unitMargin = price - p.unitCost().doubleValue();
        double units = p.baselineUnits();
        double maxSpend = spend(response, segment, p.brand(), price, units, ResponseCurves.MAX_DISCOUNT);
        double[] gains = new double[steps + 1];
        for (int k = 1; k <= steps; k++) {
            double target = k * step;
            double depth;
            if (target >= maxSpend) {
                depth = ResponseCurves.MAX_DISCOUNT;
            } else {
                double lo = 0;
                double hi = ResponseCurves.MAX_DISCOUNT;
                for (int i = 0; i < BISECTIONS; i++) {
                    double mid = (lo + hi) / 2;
                    if (spend(response, segment, p.brand(), price, units, mid) < target) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                depth = lo;
            }
            gains[k] = unitMargin * units * (response.unitsMultiplier(p.brand(), segment, depth) - 1);
        }
        return gains;
    }

    private static double spend(ResponseCurves response, String segment, int brand, double price, double units, double depth) {
        return depth * price * units * response.unitsMultiplier(brand, segment, depth);
    }

    /** Best value with at most that much spend, starting from zero (spending nothing gains nothing). */
    static double[] runningMax(double[] values) {
        double[] out = new double[values.length];
        double best = 0;
        for (int i = 0; i < values.length; i++) {
            best = Math.max(best, values[i]);
            out[i] = best;
        }
        return out;
    }

    /**
     * The least concave majorant of points (k, values[k]) evaluated at every k: the upper convex hull
     * (monotone chain), then linear interpolation between hull vertices.
     */
    static double[] concaveMajorant(double[] values) {
        int n = values.length;
        int[] hull = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            while (size >= 2) {
                int a = hull[size - 2];
                int b = hull[size - 1];
                // Drop b when it lies on or below the chord from a to i.
                double cross = (b - a) * (values[i] - values[a]) - (i - a) * (values[b] - values[a]);
                if (cross >= 0) {
                    size--;
                } else {
                    break;
                }
            }
            hull[size++] = i;
        }
        double[] out = new double[n];
        for (int h = 0; h + 1 < size; h++) {
            int a = hull[h];
            int b = hull[h + 1];
            for (int i = a; i <= b; i++) {
                out[i] = values[a] + (values[b] - values[a]) * (i - a) / (double) (b - a);
            }
        }
        if (size == 1) {
            out[0] = values[0];
        }
        return out;
    }
}
