package io.promoplatform.engine.model;

/**
 * How well the trained model did before it was refitted on all rows. {@code smearing} is Duan's
 * retransformation factor, the mean of exp(out-of-fold residual): exp(predicted logmove) is a median,
 * so expected units are exp(prediction) times this factor.
 */
public record ModelMetrics(int folds, int holdoutWeeks, Comparison leaveStoresOut, Comparison lastWeeks,
                           double smearing) {
}
