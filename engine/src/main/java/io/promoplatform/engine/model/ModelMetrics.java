package io.promoplatform.engine.model;

import java.util.List;

/**
 * How well the trained model did before it was refitted on all rows. {@code smearing} is Duan's
 * retransformation factor, the mean of exp(out-of-fold residual): exp(predicted logmove) is a median,
 * so expected units are exp(prediction) times this factor. {@code outOfFold} is an evenly spaced sample
 * of the leave-stores-out predictions (each made by a model that never saw the row's store), kept so
 * the admin can plot predicted against actual without the raw data.
 */
public record ModelMetrics(int folds, int holdoutWeeks, Comparison leaveStoresOut, Comparison lastWeeks,
                           double smearing, List<SamplePoint> outOfFold) {

    /** At most this many sample points are kept with a model. */
    public static final int SAMPLE_POINTS = 600;

    public ModelMetrics {
        outOfFold = List.copyOf(outOfFold);
    }

    /** One out-of-fold prediction: the row's brand and store, its actual and predicted logmove. */
    public record SamplePoint(int brand, int store, double actual, double predicted) {
    }

    /** Every {@code n / SAMPLE_POINTS}-th row, so the sample spans all stores and weeks in file order. */
    static List<SamplePoint> sample(List<SalesRow> rows, double[] outOfFold) {
        if (outOfFold == null || rows.isEmpty()) {
            return List.of();
        }
        int stride = Math.max(1, rows.size() / SAMPLE_POINTS);
        java.util.ArrayList<SamplePoint> out = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size() && out.size() < SAMPLE_POINTS; i += stride) {
            SalesRow r = rows.get(i);
            out.add(new SamplePoint(r.brand(), r.store(), r.logmove(), outOfFold[i]));
        }
        return out;
    }
}
