package io.promoplatform.engine.model;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A fitted model of logmove. Implementations are immutable and safe to share between threads. */
sealed interface LogMovePredictor permits BrandMeanBaseline, LogLogBaseline, TribuoPredictor {

    double[] predict(List<SalesRow> rows, Map<Integer, StoreProfile> stores);

    Learner learner();

    /** Writes the fitted state; {@link Learner#read} reads it back. */
    void write(DataOutputStream out) throws IOException;
}
