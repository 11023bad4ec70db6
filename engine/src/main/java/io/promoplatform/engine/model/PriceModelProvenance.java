package io.promoplatform.engine.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a trained model came from: enough to tell two models apart, to re-run the training on the same
 * bytes (the SHA-256 fingerprints of the input files) and to judge it (the cross-validated metrics
 * against both baselines). {@code segmentsSha256} is empty when no store-segment file was given.
 */
public record PriceModelProvenance(String version, Instant trainedAt, String trainer, Learner learner,
                                   Map<String, String> parameters, String salesSha256, String storesSha256,
                                   String segmentsSha256, int trainingRows, int trainingStores, int firstWeek,
                                   int lastWeek, List<String> featureNames, ModelMetrics metrics,
                                   double trainingSeconds) {

    public PriceModelProvenance {
        parameters = Map.copyOf(parameters);
        featureNames = List.copyOf(featureNames);
    }
}
