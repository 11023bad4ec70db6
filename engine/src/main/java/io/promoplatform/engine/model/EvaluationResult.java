package io.promoplatform.engine.model;

import java.util.Locale;

/** Accuracy of logmove predictions on a set of rows. */
public record EvaluationResult(long rows, double rmse, double mae, double r2) {

    public static EvaluationResult of(double[] actual, double[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("actual and predicted differ in length");
        }
        int n = actual.length;
        if (n == 0) {
            return new EvaluationResult(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (double a : actual) {
            mean += a;
        }
        mean /= n;
        double sse = 0;
        double sae = 0;
        double sst = 0;
        for (int i = 0; i < n; i++) {
            double e = actual[i] - predicted[i];
            sse += e * e;
            sae += Math.abs(e);
            sst += (actual[i] - mean) * (actual[i] - mean);
        }
        return new EvaluationResult(n, Math.sqrt(sse / n), sae / n, sst == 0 ? Double.NaN : 1 - sse / sst);
    }

    /** The CLI's last line: {@code {"rows": n, "rmse": x, "mae": x, "r2": x}}. */
    public String toJson() {
        return "{\"rows\": " + rows + ", \"rmse\": " + num(rmse) + ", \"mae\": " + num(mae) + ", \"r2\": " + num(r2) + "}";
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "null";
    }
}
