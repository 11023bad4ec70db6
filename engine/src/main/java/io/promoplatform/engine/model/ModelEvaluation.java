package io.promoplatform.engine.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Scoring a trained model on a data file, and the cross-validated comparison of learners. Plain Java. */
public final class ModelEvaluation {

    private ModelEvaluation() {
    }

    /**
     * The model's logmove accuracy on every row of {@code sales}; stores it never saw are fine as long as
     * {@code stores} has their demographics. What {@code model evaluate} prints as its last line.
     */
    public static EvaluationResult evaluate(PriceModel model, Path sales, Path stores) {
        List<SalesRow> rows = OjCsv.readSales(sales);
        Map<Integer, StoreProfile> profiles = OjCsv.readStores(stores);
        ModelTraining.checkStoresKnown(rows, profiles);
        return model.evaluate(rows, profiles);
    }

    /** Every available learner against both baselines, leave-stores-out and last-weeks. */
    public static CrossValidationReport crossValidate(Path sales, Path stores, Consumer<String> progress) {
        return crossValidate(sales, stores, TrainingOptions.allLearners(), progress);
    }

    public static CrossValidationReport crossValidate(Path sales, Path stores, TrainingOptions options,
                                                      Consumer<String> progress) {
        List<SalesRow> rows = OjCsv.readSales(sales);
        Map<Integer, StoreProfile> profiles = OjCsv.readStores(stores);
        ModelTraining.checkStoresKnown(rows, profiles);
        return Validation.compare(rows, profiles, options, progress).report();
    }
}
