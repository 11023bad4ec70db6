package io.promoplatform.engine.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Baseline: every row gets its brand's mean logmove. What any model must beat. */
record BrandMeanBaseline(double[] means) implements LogMovePredictor {

    BrandMeanBaseline {
        means = means.clone();
    }

    static BrandMeanBaseline fit(List<SalesRow> rows) {
        double[] sum = new double[OjBrand.COUNT];
        int[] count = new int[OjBrand.COUNT];
        double all = 0;
        for (SalesRow r : rows) {
            sum[r.brand() - 1] += r.logmove();
            count[r.brand() - 1]++;
            all += r.logmove();
        }
        double overall = rows.isEmpty() ? 0 : all / rows.size();
        double[] means = new double[OjBrand.COUNT];
        for (int b = 0; b < means.length; b++) {
            means[b] = count[b] == 0 ? overall : sum[b] / count[b];
        }
        return new BrandMeanBaseline(means);
    }

    @Override
    public double[] predict(List<SalesRow> rows, Map<Integer, StoreProfile> stores) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = means[rows.get(i).brand() - 1];
        }
        return out;
    }

    @Override
    public Learner learner() {
        return Learner.BRAND_MEAN;
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        for (double m : means) {
            out.writeDouble(m);
        }
    }

    static BrandMeanBaseline read(DataInputStream in) throws IOException {
        double[] means = new double[OjBrand.COUNT];
        for (int b = 0; b < means.length; b++) {
            means[b] = in.readDouble();
        }
        return new BrandMeanBaseline(means);
    }
}
