package io.promoplatform.engine.model;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.regression.Regressor;

/**
 * A Tribuo regression model over one of the {@link FeatureSet}s. Tribuo models predict from several
 * threads at once (XGBoost's booster serialises its own calls), so sharing one instance is safe.
 */
final class TribuoPredictor implements LogMovePredictor {

    private final Learner learner;
    private final Model<Regressor> model;

    TribuoPredictor(Learner learner, Model<Regressor> model) {
        this.learner = learner;
        this.model = model;
    }

    Model<Regressor> model() {
        return model;
    }

    @Override
    public double[] predict(List<SalesRow> rows, Map<Integer, StoreProfile> stores) {
        if (rows.isEmpty()) {
            return new double[0];
        }
        List<Prediction<Regressor>> predictions = model.predict(learner.features().examples(rows, stores));
        double[] out = new double[predictions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = predictions.get(i).getOutput().getValues()[0];
        }
        return out;
    }

    @Override
    public Learner learner() {
        return learner;
    }

    /** The model's Tribuo protobuf; the artifact stores its length, so it is the whole payload. */
    @Override
    public void write(DataOutputStream out) throws IOException {
        model.serialize().writeTo(out);
    }

    static TribuoPredictor read(Learner learner, DataInputStream in) throws IOException {
        try {
            Model<?> model = Model.deserialize(ModelProto.parseFrom(in.readAllBytes()));
            return new TribuoPredictor(learner, model.castModel(Regressor.class));
        } catch (InvalidProtocolBufferException | ClassCastException | IllegalStateException | IllegalArgumentException e) {
            throw new IOException("cannot read the Tribuo " + learner.id() + " model: " + e.getMessage(), e);
        }
    }
}
