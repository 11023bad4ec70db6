package io.promoplatform.engine.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Knobs of a training or cross-validation run. {@code candidates} compete on leave-stores-out RMSE and
 * the best is refitted on all rows; the two baselines (per-brand mean, log-log least squares) are
 * always scored beside them. {@code version} may be null: it then defaults to {@code oj-<today UTC>-1},
 * and a caller with a model registry passes the next free number instead.
 */
public record TrainingOptions(List<Learner> candidates, int folds, int holdoutWeeks, long seed, String version) {

    public TrainingOptions {
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("at least one candidate learner is needed");
        }
        if (candidates.contains(Learner.BRAND_MEAN)) {
            throw new IllegalArgumentException("the per-brand mean is a baseline, not a candidate");
        }
        if (folds < 2) {
            throw new IllegalArgumentException("leave-stores-out needs at least 2 folds, was " + folds);
        }
        if (holdoutWeeks < 1) {
            throw new IllegalArgumentException("the last-weeks holdout needs at least 1 week, was " + holdoutWeeks);
        }
        if (version != null && !version.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("version must be 1-64 letters, digits, '.', '_' or '-': " + version);
        }
    }

    /**
     * What {@code model train} uses: gradient boosting (or Tribuo's random forest where XGBoost's native
     * library does not load) against the log-log least-squares model, 5 store folds, last 20 weeks.
     */
    public static TrainingOptions defaults() {
        Learner trees = Learner.XGBOOST.available() ? Learner.XGBOOST : Learner.RANDOM_FOREST;
        return new TrainingOptions(List.of(trees, Learner.LOG_LOG_OLS), 5, 20, 1997L, null);
    }

    /** Every available learner: the full comparison behind the choice of the default. */
    public static TrainingOptions allLearners() {
        List<Learner> all = new ArrayList<>();
        for (Learner l : Learner.values()) {
            if (l != Learner.BRAND_MEAN && l.available()) {
                all.add(l);
            }
        }
        return new TrainingOptions(all, 5, 20, 1997L, null);
    }

    public TrainingOptions withCandidates(List<Learner> learners) {
        return new TrainingOptions(learners, folds, holdoutWeeks, seed, version);
    }

    public TrainingOptions withFolds(int k) {
        return new TrainingOptions(candidates, k, holdoutWeeks, seed, version);
    }

    public TrainingOptions withHoldoutWeeks(int weeks) {
        return new TrainingOptions(candidates, folds, weeks, seed, version);
    }

    public TrainingOptions withVersion(String v) {
        return new TrainingOptions(candidates, folds, holdoutWeeks, seed, v);
    }

    String versionOrDefault() {
        return version != null ? version : "oj-" + LocalDate.now(ZoneOffset.UTC) + "-1";
    }
}
