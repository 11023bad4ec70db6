package io.promoplatform.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Leave-stores-out cross-validation and the last-weeks holdout, shared by training and evaluation. */
final class Validation {

    /** The report plus each learner's out-of-fold predictions, aligned with the input rows. */
    record Outcome(CrossValidationReport report, Map<Learner, double[]> outOfFold) {
    }

    /** Fold fits would each repeat the learner's "fitting ..." line; the fold's own line says enough. */
    private static final Consumer<String> SILENT = line -> { };

    private Validation() {
    }

    static Outcome compare(List<SalesRow> rows, Map<Integer, StoreProfile> stores, TrainingOptions options,
                           Consumer<String> progress) {
        Set<Learner> learners = new LinkedHashSet<>(options.candidates());
        learners.add(Learner.LOG_LOG_OLS);
        learners.add(Learner.BRAND_MEAN);
        Map<Integer, Integer> foldOf = storeFolds(rows, options.folds(), options.seed());
        int firstHoldoutWeek = firstHoldoutWeek(rows, options.holdoutWeeks());
        List<LearnerScore> scores = new ArrayList<>();
        Map<Learner, double[]> oof = new EnumMap<>(Learner.class);
        for (Learner learner : learners) {
            long start = System.nanoTime();
            double[] predictions = leaveStoresOut(learner, rows, stores, foldOf, options.folds(), progress);
            EvaluationResult lso = EvaluationResult.of(actual(rows), predictions);
            progress.accept(String.format(Locale.ROOT, "%s leave-stores-out: rmse %.4f, mae %.4f, r2 %.4f",
                    learner.id(), lso.rmse(), lso.mae(), lso.r2()));
            EvaluationResult holdout = lastWeeks(learner, rows, stores, firstHoldoutWeek, progress);
            progress.accept(String.format(Locale.ROOT, "%s last %d weeks: rmse %.4f", learner.id(),
                    options.holdoutWeeks(), holdout.rmse()));
            scores.add(new LearnerScore(learner, lso, holdout, (System.nanoTime() - start) / 1e9));
            oof.put(learner, predictions);
        }
        Learner winner = scores.stream()
                .filter(s -> options.candidates().contains(s.learner()))
                .min((a, b) -> Double.compare(a.leaveStoresOut().rmse(), b.leaveStoresOut().rmse()))
                .orElseThrow().learner();
        return new Outcome(new CrossValidationReport(options.folds(), options.holdoutWeeks(), firstHoldoutWeek, scores,
                winner), oof);
    }

    /**
     * Stores are shuffled with a fixed seed and dealt round-robin into folds, so each fold holds whole
     * stores (no store is in training and test at once) and the folds are as even as the store count allows.
     */
    static Map<Integer, Integer> storeFolds(List<SalesRow> rows, int folds, long seed) {
        List<Integer> stores = new ArrayList<>(new TreeSet<>(rows.stream().map(SalesRow::store).toList()));
        if (stores.size() < folds) {
            throw new IllegalArgumentException(
                    "leave-stores-out with " + folds + " folds needs at least " + folds + " stores, the data has " + stores.size());
        }
        Collections.shuffle(stores, new Random(seed));
        Map<Integer, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < stores.size(); i++) {
            foldOf.put(stores.get(i), i % folds);
        }
        return foldOf;
    }

    static double[] leaveStoresOut(Learner learner, List<SalesRow> rows, Map<Integer, StoreProfile> stores,
                                   Map<Integer, Integer> foldOf, int folds, Consumer<String> progress) {
        double[] predictions = new double[rows.size()];
        for (int fold = 0; fold < folds; fold++) {
            long start = System.nanoTime();
            List<SalesRow> train = new ArrayList<>();
            List<SalesRow> test = new ArrayList<>();
            List<Integer> testIndex = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                SalesRow r = rows.get(i);
                if (foldOf.get(r.store()) == fold) {
                    test.add(r);
                    testIndex.add(i);
                } else {
                    train.add(r);
                }
            }
            double[] p = learner.fit(train, stores, SILENT).predict(test, stores);
            double[] a = new double[test.size()];
            for (int i = 0; i < p.length; i++) {
                predictions[testIndex.get(i)] = p[i];
                a[i] = test.get(i).logmove();
            }
            progress.accept(String.format(Locale.ROOT, "%s fold %d/%d: rmse %.4f (%d test stores, %.1f s)", learner.id(),
                    fold + 1, folds, EvaluationResult.of(a, p).rmse(),
                    test.stream().map(SalesRow::store).distinct().count(), (System.nanoTime() - start) / 1e9));
        }
        return predictions;
    }

    static EvaluationResult lastWeeks(Learner learner, List<SalesRow> rows, Map<Integer, StoreProfile> stores,
                                      int firstHoldoutWeek, Consumer<String> progress) {
        List<SalesRow> train = rows.stream().filter(r -> r.week() < firstHoldoutWeek).toList();
        List<SalesRow> test = rows.stream().filter(r -> r.week() >= firstHoldoutWeek).toList();
        if (train.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException("the last-weeks holdout from week " + firstHoldoutWeek
                    + " leaves " + train.size() + " training and " + test.size() + " test rows");
        }
        return EvaluationResult.of(actual(test), learner.fit(train, stores, SILENT).predict(test, stores));
    }

    /** The holdout is the last {@code weeks} distinct weeks present in the data, not a calendar span. */
    static int firstHoldoutWeek(List<SalesRow> rows, int weeks) {
        List<Integer> distinct = new ArrayList<>(new TreeSet<>(rows.stream().map(SalesRow::week).toList()));
        if (distinct.size() <= weeks) {
            throw new IllegalArgumentException("the data has " + distinct.size() + " weeks, too few to hold out the last " + weeks);
        }
        return distinct.get(distinct.size() - weeks);
    }

    static double[] actual(List<SalesRow> rows) {
        double[] a = new double[rows.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = rows.get(i).logmove();
        }
        return a;
    }

}
