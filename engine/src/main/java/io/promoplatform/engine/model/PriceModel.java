package io.promoplatform.engine.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A trained orange-juice price model: the fitted logmove predictor, its provenance, and what was read
 * off it at training time (the per product × segment {@link PriceSignals} and {@link ResponseCurves}).
 * Immutable and safe to share between threads; quote pricing only touches {@link #signals()}.
 * <p>
 * {@link #write(OutputStream)} / {@link #read(InputStream)} store everything in one artifact
 * ({@link ModelArtifact} describes the format). Read only artifacts you trust: the Tribuo model inside is
 * decoded by Tribuo.
 */
public final class PriceModel {

    /** Version of the artifact layout written by {@link #write}; {@link #read} accepts only this one. */
    public static final int FORMAT_VERSION = ModelArtifact.FORMAT_VERSION;

    private final PriceModelProvenance provenance;
    private final PredictorHandle predictor;
    private final PriceSignals signals;
    private final ResponseCurves responseCurves;
    private final Map<Integer, Map<String, Double>> typicalPrices;
    private final Map<Integer, String> storeSegments;

    PriceModel(PriceModelProvenance provenance, PredictorHandle predictor, PriceSignals signals,
               ResponseCurves responseCurves, Map<Integer, Map<String, Double>> typicalPrices,
               Map<Integer, String> storeSegments) {
        this.provenance = provenance;
        this.predictor = predictor;
        this.signals = signals;
        this.responseCurves = responseCurves;
        this.typicalPrices = ModelArtifact.deepCopy(typicalPrices);
        this.storeSegments = Map.copyOf(storeSegments);
    }

    public PriceModelProvenance provenance() {
        return provenance;
    }

    /** For example {@code oj-2026-11-22-1}; what quotes report as {@code modelVersion}. */
    public String version() {
        return provenance.version();
    }

    public Learner learner() {
        return provenance.learner();
    }

    /** Elasticity and baseline units per brand × segment, for in-quote lookups. */
    public PriceSignals signals() {
        return signals;
    }

    public ResponseCurves responseCurves() {
        return responseCurves;
    }

    /** The segments the model was trained with, by store number (the file given to training). */
    public Map<Integer, String> storeSegments() {
        return storeSegments;
    }

    /** The segment's typical regular shelf price per ounce of a brand, the price its signals are read at. */
    public OptionalDouble typicalPricePerOunce(int brand, String segment) {
        Map<String, Double> bySegment = typicalPrices.getOrDefault(brand, Map.of());
        Double p = bySegment.getOrDefault(segment, bySegment.get(PriceSignals.DEFAULT_SEGMENT));
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
    }

    /**
     * Predicted logmove for each row; every row's store must be in {@code stores} (seen in training or
     * not). Throws {@link IllegalStateException} for an XGBoost model where the native library does not load.
     */
    public double[] predict(List<SalesRow> rows, Map<Integer, StoreProfile> stores) {
        return predictor.get().predict(rows, stores);
    }

    public EvaluationResult evaluate(List<SalesRow> rows, Map<Integer, StoreProfile> stores) {
        return EvaluationResult.of(Validation.actual(rows), predict(rows, stores));
    }

    /**
     * Expected incremental margin for {@code segment} as a function of discount spend, {@code steps}
     * steps of {@code step} (see {@link UpliftCurves} for the economics and the concavity repair).
     * Unknown segments use the chain-wide response.
     */
    public UpliftCurve upliftCurve(String segment, List<ProductEconomics> products, BigDecimal step, int steps) {
        for (ProductEconomics p : products) {
            if (!responseCurves.covers(p.brand(), segment)) {
                throw new IllegalArgumentException("the model has no response for brand " + p.brand());
            }
        }
        return UpliftCurves.build(responseCurves, segment, products, step, steps);
    }

    /** Writes the artifact; does not close the stream. */
    public void write(OutputStream out) throws IOException {
        ModelArtifact.write(this, out);
    }

    /** Reads an artifact written by {@link #write}; does not close the stream. */
    public static PriceModel read(InputStream in) throws IOException {
        return ModelArtifact.read(in);
    }

    PredictorHandle predictor() {
        return predictor;
    }

    Map<Integer, Map<String, Double>> typicalPrices() {
        return ModelArtifact.deepCopy(typicalPrices);
    }

    @Override
    public String toString() {
        return "PriceModel[" + version() + ", " + learner().id() + "]";
    }
}
