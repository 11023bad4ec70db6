package io.promoplatform.engine.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One XGBoost model trained through the public entry point on invented log-log data, shared by the
 * test classes that need a trained model so the suite trains it once.
 */
final class TrainedSynthetic {

    static final SyntheticOj DATA = SyntheticOj.generate(10, 20, 42);
    static final Path DIR;
    static final List<String> PROGRESS = Collections.synchronizedList(new ArrayList<>());
    private static PriceModel model;

    static {
        try {
            DIR = Files.createTempDirectory("oj-synthetic");
            DIR.toFile().deleteOnExit();
            DATA.writeTo(DIR);
            for (String f : List.of("sales.csv", "stores.csv", "segments.csv")) {
                DIR.resolve(f).toFile().deleteOnExit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TrainedSynthetic() {
    }

    static TrainingOptions options() {
        return TrainingOptions.defaults().withCandidates(List.of(Learner.XGBOOST)).withFolds(3).withHoldoutWeeks(5)
                .withVersion("oj-2026-01-01-7");
    }

    static synchronized PriceModel model() {
        if (model == null) {
            model = ModelTraining.train(DIR.resolve("sales.csv"), DIR.resolve("stores.csv"), DIR.resolve("segments.csv"),
                    options(), PROGRESS::add);
        }
        return model;
    }
}
