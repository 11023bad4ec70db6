package io.promoplatform.engine.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fitted predictor of a {@link PriceModel}, or its encoded bytes until it is first needed. Quotes
 * only use the precomputed signals, so a server on a platform where XGBoost's native library does not
 * load (the bundled one covers Linux, Windows and Intel macOS) still reads the artifact and prices
 * quotes; only predicting logmove then fails, with a message that says why.
 */
final class PredictorHandle {

    private final Learner learner;
    private byte[] payload;
    private LogMovePredictor predictor;

    private PredictorHandle(Learner learner, byte[] payload, LogMovePredictor predictor) {
        this.learner = learner;
        this.payload = payload;
        this.predictor = predictor;
    }

    static PredictorHandle of(LogMovePredictor predictor) {
        return new PredictorHandle(predictor.learner(), null, predictor);
    }

    /** Decodes at once where the learner can run here, so a corrupt artifact fails on read. */
    static PredictorHandle decode(Learner learner, byte[] payload) throws IOException {
        if (!learner.available()) {
            return new PredictorHandle(learner, payload, null);
        }
        return new PredictorHandle(learner, payload, parse(learner, payload));
    }

    Learner learner() {
        return learner;
    }

    synchronized LogMovePredictor get() {
        if (predictor == null) {
            if (!learner.available()) {
                throw new IllegalStateException("this " + learner.id()
                        + " model cannot predict here: the XGBoost native library does not load on this platform");
            }
            try {
                predictor = parse(learner, payload);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return predictor;
    }

    synchronized byte[] payload() throws IOException {
        if (payload == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                predictor.write(out);
            }
            payload = bytes.toByteArray();
        }
        return payload;
    }

    private static LogMovePredictor parse(Learner learner, byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        LogMovePredictor p = Learner.read(learner, in);
        if (in.available() != 0) {
            throw new IOException("the " + learner.id() + " model has " + in.available() + " unexpected trailing bytes");
        }
        return p;
    }
}
