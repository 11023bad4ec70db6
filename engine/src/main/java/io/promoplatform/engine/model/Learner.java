package io.promoplatform.engine.model;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.Tribuo;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * The model families compared by leave-stores-out cross-validation. Hyperparameters are fixed here,
 * chosen on the Dominick's data by the same cross-validation (deeper trees and more rounds helped
 * until depth 8 and 600 rounds at eta 0.05), so a training run is reproducible from the artifact's
 * provenance alone.
 * <p>
 * XGBoost runs on one thread: its OpenMP workers spin while they wait, and on a two-core machine
 * shared with other builds two threads made small fits twenty times slower, while one thread costs
 * only seconds on the full data.
 */
public enum Learner {

    /** Gradient-boosted trees, XGBoost through Tribuo; own-price response constrained non-increasing. */
    XGBOOST("xgboost", FeatureSet.TREES, params(
            "rounds", "600", "eta", "0.05", "max_depth", "8", "min_child_weight", "5", "subsample", "0.8",
            "colsample_bytree", "0.8", "lambda", "1", "tree_method", "hist", "nthread", "1", "seed", "1",
            "monotone", "logOwnPrice:-1")),

    /** Tribuo's own CART trees, bagged with feature subsampling; the fallback when XGBoost cannot load. */
    RANDOM_FOREST("random-forest", FeatureSet.TREES, params(
            "trees", "20", "max_depth", "12", "min_child_weight", "20", "feature_fraction", "0.5", "seed", "1")),

    /** Tribuo linear regression by AdaGrad SGD on standardised log-log features. */
    LINEAR_SGD("linear-sgd", FeatureSet.LINEAR, params(
            "epochs", "20", "learning_rate", "0.1", "optimiser", "AdaGrad", "loss", "squared", "seed", "1")),

    /** Exact least squares on the README's log-log design: the linear reference and a baseline. */
    LOG_LOG_OLS("log-log-ols", null, params("ridge", "1e-9 of max diagonal")),

    /** Per-brand mean logmove: the floor every model must clear. */
    BRAND_MEAN("brand-mean", null, params());

    private final String id;
    private final FeatureSet features;
    private final Map<String, String> parameters;

    Learner(String id, FeatureSet features, Map<String, String> parameters) {
        this.id = id;
        this.features = features;
        this.parameters = parameters;
    }

    public String id() {
        return id;
    }

    /** The feature set of a Tribuo learner; null for the two hand-written baselines. */
    public FeatureSet features() {
        return features;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    /** A human-readable trainer name for the provenance. */
    public String trainerName() {
        return switch (this) {
            case XGBOOST -> "Tribuo " + Tribuo.VERSION + " XGBoostRegressionTrainer";
            case RANDOM_FOREST -> "Tribuo " + Tribuo.VERSION + " RandomForestTrainer(CARTRegressionTrainer)";
            case LINEAR_SGD -> "Tribuo " + Tribuo.VERSION + " LinearSGDTrainer";
            case LOG_LOG_OLS -> "least squares (Cholesky)";
            case BRAND_MEAN -> "per-brand mean";
        };
    }

    /** False only for XGBoost when its native library does not load on this machine. */
    public boolean available() {
        return this != XGBOOST || NativeXgboost.LOADS;
    }

    public static Learner byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown learner '" + id + "'"));
    }

    LogMovePredictor fit(List<SalesRow> rows, Map<Integer, StoreProfile> stores, Consumer<String> progress) {
        return switch (this) {
            case BRAND_MEAN -> BrandMeanBaseline.fit(rows);
            case LOG_LOG_OLS -> LogLogBaseline.fit(rows, stores);
            default -> fitTribuo(rows, stores, progress);
        };
    }

    private TribuoPredictor fitTribuo(List<SalesRow> rows, Map<Integer, StoreProfile> stores, Consumer<String> progress) {
        if (!available()) {
            throw new IllegalStateException("the XGBoost native library does not load on this machine");
        }
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("orange-juice sales rows", factory), factory);
        data.addAll(features.examples(rows, stores));
        progress.accept(id + ": fitting on " + rows.size() + " rows, " + data.getFeatureMap().size() + " features, "
                + describe());
        Model<Regressor> model = trainer(data.getFeatureIDMap()).train(data);
        return new TribuoPredictor(this, model);
    }

    private String describe() {
        return switch (this) {
            case XGBOOST -> parameters.get("rounds") + " boosting rounds of depth " + parameters.get("max_depth");
            case RANDOM_FOREST -> parameters.get("trees") + " trees of depth " + parameters.get("max_depth");
            case LINEAR_SGD -> parameters.get("epochs") + " epochs";
            default -> "closed form";
        };
    }

    private Trainer<Regressor> trainer(ImmutableFeatureMap featureIds) {
        return switch (this) {
            case XGBOOST -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("objective", XGBoostRegressionTrainer.RegressionType.LINEAR.paramName);
                for (String key : List.of("eta", "max_depth", "min_child_weight", "subsample", "colsample_bytree",
                        "lambda", "tree_method", "nthread", "seed")) {
                    p.put(key, parameters.get(key));
                }
                p.put("verbosity", 0);
                p.put("monotone_constraints", monotoneConstraints(featureIds));
                yield new XGBoostRegressionTrainer(XGBoostRegressionTrainer.RegressionType.LINEAR,
                        Integer.parseInt(parameters.get("rounds")), p);
            }
            case RANDOM_FOREST -> new RandomForestTrainer<>(
                    new CARTRegressionTrainer(Integer.parseInt(parameters.get("max_depth")),
                            Float.parseFloat(parameters.get("min_child_weight")), 0f,
                            Float.parseFloat(parameters.get("feature_fraction")), false, new MeanSquaredError(),
                            Long.parseLong(parameters.get("seed"))),
                    new AveragingCombiner(), Integer.parseInt(parameters.get("trees")),
                    Long.parseLong(parameters.get("seed")));
            case LINEAR_SGD -> new TransformTrainer<>(
                    new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(Double.parseDouble(parameters.get("learning_rate"))),
                            Integer.parseInt(parameters.get("epochs")), Long.parseLong(parameters.get("seed"))),
                    new TransformationMap(List.of(new MeanStdDevTransformation())), true);
            default -> throw new IllegalStateException(id + " is not a Tribuo learner");
        };
    }

    /**
     * XGBoost takes constraints positionally, in Tribuo's feature-id order. Only the own price is
     * constrained: a cut in one's own price never lowers one's own predicted sales, which keeps every
     * elasticity and uplift curve the right sign for a leave-stores-out RMSE cost under 0.005.
     */
    private static String monotoneConstraints(ImmutableFeatureMap featureIds) {
        int[] c = new int[featureIds.size()];
        int own = featureIds.getID("logOwnPrice");
        if (own >= 0) {
            c[own] = -1;
        }
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < c.length; i++) {
            s.append(i == 0 ? "" : ",").append(c[i]);
        }
        return s.append(')').toString();
    }

    static LogMovePredictor read(Learner learner, DataInputStream in) throws IOException {
        return switch (learner) {
            case BRAND_MEAN -> BrandMeanBaseline.read(in);
            case LOG_LOG_OLS -> LogLogBaseline.read(in);
            default -> TribuoPredictor.read(learner, in);
        };
    }

    private static Map<String, String> params(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Probes the native library once: a missing or incompatible libxgboost4j must not break the JVM. */
    private static final class NativeXgboost {
        static final boolean LOADS = probe();

        private static boolean probe() {
            try {
                new DMatrix(new float[] {1f}, 1, 1, Float.NaN).dispose();
                return true;
            } catch (XGBoostError | LinkageError e) {
                return false;
            }
        }
    }
}
