package io.promoplatform.engine.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains the price model: scores the candidate learners and both baselines by leave-stores-out
 * cross-validation and a last-weeks holdout, refits the best candidate on every row, and reads the
 * per product × segment signals and price-cut responses off it. Plain Java; the CLI calls it.
 */
public final class ModelTraining {

    private ModelTraining() {
    }

    /**
     * Trains with {@link TrainingOptions#defaults()}.
     *
     * @param storeSegments samples-format {@code id,name,segment} file mapping stores to segments, or null
     *                      to have only the chain-wide {@link PriceSignals#DEFAULT_SEGMENT}
     * @param progress      receives one human-readable line per step (folds, fits, the choice)
     */
    public static PriceModel train(Path sales, Path stores, Path storeSegments, Consumer<String> progress) {
        return train(sales, stores, storeSegments, TrainingOptions.defaults(), progress);
    }

    public static PriceModel train(Path sales, Path stores, Path storeSegments, TrainingOptions options,
                                   Consumer<String> progress) {
        Objects.requireNonNull(progress, "progress");
        long start = System.nanoTime();
        List<SalesRow> rows = OjCsv.readSales(sales);
        Map<Integer, StoreProfile> profiles = OjCsv.readStores(stores);
        Map<Integer, String> segments = storeSegments == null ? Map.of() : OjCsv.readStoreSegments(storeSegments);
        String salesSha = OjCsv.sha256(sales);
        progress.accept(String.format(Locale.ROOT, "read %d sales rows of %d stores, weeks %d-%d (sha256 %s)",
                rows.size(), rows.stream().map(SalesRow::store).distinct().count(),
                rows.stream().mapToInt(SalesRow::week).min().orElse(0), rows.stream().mapToInt(SalesRow::week).max().orElse(0),
                salesSha.substring(0, 12)));
        Fingerprints fingerprints = new Fingerprints(salesSha, OjCsv.sha256(stores),
                storeSegments == null ? "" : OjCsv.sha256(storeSegments));
        return train(rows, profiles, segments, fingerprints, options, progress, start);
    }

    /** The input files' SHA-256 fingerprints. */
    record Fingerprints(String sales, String stores, String segments) {
    }

    static PriceModel train(List<SalesRow> rows, Map<Integer, StoreProfile> stores, Map<Integer, String> storeSegments,
                            Fingerprints fingerprints, TrainingOptions options, Consumer<String> progress, long startNanos) {
        checkStoresKnown(rows, stores);
        for (Learner l : options.candidates()) {
            if (!l.available()) {
                throw new IllegalStateException(l.id() + " is not available on this machine (native library did not load)");
            }
        }
        Validation.Outcome outcome = Validation.compare(rows, stores, options, progress);
        CrossValidationReport report = outcome.report();
        Learner winner = report.winner();
        progress.accept("chose " + winner.id() + ": lowest leave-stores-out RMSE "
                + EvaluationResult.num(report.score(winner).leaveStoresOut().rmse()) + " among "
                + options.candidates().stream().map(Learner::id).toList());
        double smearing = smearing(rows, outcome.outOfFold().get(winner));
        long fitStart = System.nanoTime();
        LogMovePredictor predictor = winner.fit(rows, stores, progress);
        progress.accept(String.format(Locale.ROOT, "%s fitted on all %d rows in %.1f s", winner.id(), rows.size(),
                (System.nanoTime() - fitStart) / 1e9));
        ResponseAnalysis.Result response = ResponseAnalysis.analyse(predictor, rows, stores, storeSegments, smearing);
        progress.accept("signals for " + response.signals().table().size() + " brands × "
                + response.signals().segments().size() + " segments " + response.signals().segments());
        ModelMetrics metrics = new ModelMetrics(options.folds(), options.holdoutWeeks(),
                comparison(report, winner, true), comparison(report, winner, false), smearing,
                ModelMetrics.sample(rows, outcome.outOfFold().get(winner)));
        PriceModelProvenance provenance = new PriceModelProvenance(options.versionOrDefault(), Instant.now(),
                winner.trainerName(), winner, winner.parameters(), fingerprints.sales(), fingerprints.stores(),
                fingerprints.segments(), rows.size(), (int) rows.stream().map(SalesRow::store).distinct().count(),
                rows.stream().mapToInt(SalesRow::week).min().orElseThrow(),
                rows.stream().mapToInt(SalesRow::week).max().orElseThrow(),
                winner.features() == null ? List.of() : winner.features().allNames(), metrics,
                (System.nanoTime() - startNanos) / 1e9);
        progress.accept(String.format(Locale.ROOT, "model %s trained in %.1f s", provenance.version(), provenance.trainingSeconds()));
        return new PriceModel(provenance, PredictorHandle.of(predictor), response.signals(), response.curves(), response.typicalPrices(),
                storeSegments);
    }

    private static Comparison comparison(CrossValidationReport report, Learner winner, boolean leaveStoresOut) {
        EvaluationResult model = pick(report.score(winner), leaveStoresOut);
        return new Comparison(model, pick(report.score(Learner.BRAND_MEAN), leaveStoresOut),
                pick(report.score(Learner.LOG_LOG_OLS), leaveStoresOut));
    }

    private static EvaluationResult pick(LearnerScore s, boolean leaveStoresOut) {
        return leaveStoresOut ? s.leaveStoresOut() : s.lastWeeks();
    }

    /** Duan's smearing factor from out-of-fold residuals, i.e. as the model errs on stores it has not seen. */
    static double smearing(List<SalesRow> rows, double[] outOfFold) {
        double sum = 0;
        for (int i = 0; i < outOfFold.length; i++) {
            sum += Math.exp(rows.get(i).logmove() - outOfFold[i]);
        }
        return sum / outOfFold.length;
    }

    static void checkStoresKnown(List<SalesRow> rows, Map<Integer, StoreProfile> stores) {
        Set<Integer> missing = new HashSet<>();
        for (SalesRow r : rows) {
            if (!stores.containsKey(r.store())) {
                missing.add(r.store());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("stores " + new TreeSet<>(missing)
                    + " have sales rows but no demographics in the stores file");
        }
    }
}
