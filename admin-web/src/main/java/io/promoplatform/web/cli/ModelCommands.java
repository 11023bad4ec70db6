package io.promoplatform.web.cli;

import io.promoplatform.engine.model.EvaluationResult;
import io.promoplatform.engine.model.ModelEvaluation;
import io.promoplatform.engine.model.ModelTraining;
import io.promoplatform.engine.model.PriceModel;
import io.promoplatform.engine.model.PriceModelProvenance;
import io.promoplatform.engine.model.TrainingOptions;
import io.promoplatform.samples.SampleModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code model train} and {@code model evaluate}: plain Java over the engine's model package, no Spring
 * context and no database (registering a trained model is an admin API call, see the README). Bad
 * data files are exit 1 with the file and line named (the engine's {@code CsvFormatException}).
 */
final class ModelCommands {

    /** Tribuo logs every fold at INFO; the commands print their own progress. Held so it is not collected. */
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    private ModelCommands() {
    }

    static int train(Map<String, String> options, PrintStream out, PrintStream err) {
        if (!known(options, Set.of("sales", "stores", "out", "segments", "version"))
                || !options.containsKey("sales") || !options.containsKey("stores") || !options.containsKey("out")) {
            err.println(CommandLine.usage());
            return 2;
        }
        TRIBUO.setLevel(Level.WARNING);
        Path sales = Path.of(options.get("sales"));
        Path stores = Path.of(options.get("stores"));
        Path target = Path.of(options.get("out"));
        if (!readable(err, sales, stores)) {
            return 2;
        }
        Path segments = null;
        try {
            segments = options.containsKey("segments") ? Path.of(options.get("segments")) : sampleSegments();
            if (!readable(err, segments)) {
                return 2;
            }
            TrainingOptions training = TrainingOptions.defaults();
            if (options.containsKey("version")) {
                training = training.withVersion(options.get("version"));
            }
            out.println("training the price model on " + sales + " (store demographics " + stores + ", segments "
                    + (options.containsKey("segments") ? segments : "of the sample catalog") + ")");
            PriceModel model = ModelTraining.train(sales, stores, segments, training, line -> out.println("  " + line));
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".model-", ".tmp");
            try (OutputStream file = Files.newOutputStream(tmp)) {
                model.write(file);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PriceModelProvenance p = model.provenance();
            out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", target, Files.size(target));
            out.printf(Locale.ROOT, "{\"version\": \"%s\", \"learner\": \"%s\", \"rows\": %d, \"stores\": %d, "
                            + "\"leaveStoresOutRmse\": %.4f, \"logLogRmse\": %.4f, \"brandMeanRmse\": %.4f, "
                            + "\"lastWeeksRmse\": %.4f, \"out\": \"%s\"}%n",
                    p.version(), p.learner().id(), p.trainingRows(), p.trainingStores(),
                    p.metrics().leaveStoresOut().model().rmse(), p.metrics().leaveStoresOut().logLog().rmse(),
                    p.metrics().leaveStoresOut().brandMean().rmse(), p.metrics().lastWeeks().model().rmse(),
                    target.toString().replace("\\", "\\\\").replace("\"", "\\\""));
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("model train: " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("model train: cannot write " + target + ": " + e.getMessage());
            return 1;
        } finally {
            if (segments != null && !options.containsKey("segments")) {
                segments.toFile().delete();
            }
        }
    }

    static int evaluate(Map<String, String> options, PrintStream out, PrintStream err) {
        if (!known(options, Set.of("model", "sales", "stores"))
                || !options.containsKey("sales") || !options.containsKey("stores")) {
            err.println(CommandLine.usage());
            return 2;
        }
        TRIBUO.setLevel(Level.WARNING);
        Path sales = Path.of(options.get("sales"));
        Path stores = Path.of(options.get("stores"));
        if (!readable(err, sales, stores)) {
            return 2;
        }
        PriceModel model;
        try {
            if (options.containsKey("model")) {
                Path file = Path.of(options.get("model"));
                if (!readable(err, file)) {
                    return 2;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    model = PriceModel.read(in);
                }
            } else {
                try (InputStream in = SampleModel.artifact()) {
                    model = PriceModel.read(in);
                }
            }
        } catch (IOException e) {
            err.println("model evaluate: cannot read the model: " + e.getMessage());
            return 1;
        }
        try {
            out.println("evaluating " + model.version() + " (" + model.learner().id() + ") on " + sales);
            EvaluationResult result = ModelEvaluation.evaluate(model, sales, stores);
            out.println(result.toJson());
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("model evaluate: " + e.getMessage());
            return 1;
        }
    }

    private static Path sampleSegments() throws IOException {
        Path tmp = Files.createTempFile("promo-store-segments-", ".csv");
        try (InputStream in = SampleModel.storeSegments()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        return tmp;
    }

    private static boolean known(Map<String, String> options, Set<String> allowed) {
        return allowed.containsAll(options.keySet());
    }

    private static boolean readable(PrintStream err, Path... files) {
        for (Path f : files) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                err.println("cannot read " + f);
                return false;
            }
        }
        return true;
    }
}
