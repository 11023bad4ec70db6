package io.promoplatform.engine.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Baseline from the data's README: least squares on brand dummies, brand × log own price, all eleven
 * log prices, deal, feature, deal × feature and the store demographics. It is linear in the log prices,
 * so its own-price elasticity for brand b is the sum of the brand-b interaction and the
 * {@code log price b} coefficient, the same for every store.
 */
record LogLogBaseline(double[] coefficients) implements LogMovePredictor {

    static final int BRANDS = 0;
    static final int OWN_PRICE = OjBrand.COUNT;
    static final int PRICES = 2 * OjBrand.COUNT;
    static final int DEAL = 3 * OjBrand.COUNT;
    static final int FEAT = DEAL + 1;
    static final int DEAL_X_FEAT = DEAL + 2;
    static final int DEMOGRAPHICS = DEAL + 3;
    static final int COLUMNS = DEMOGRAPHICS + StoreProfile.COLUMNS.size();

    LogLogBaseline {
        if (coefficients.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " coefficients, got " + coefficients.length);
        }
        coefficients = coefficients.clone();
    }

    static LogLogBaseline fit(List<SalesRow> rows, Map<Integer, StoreProfile> stores) {
        LeastSquares ls = new LeastSquares(COLUMNS);
        double[] x = new double[COLUMNS];
        for (SalesRow r : rows) {
            design(r, FeatureSet.profileOf(r, stores), x);
            ls.add(x, r.logmove());
        }
        return new LogLogBaseline(ls.solve());
    }

    static void design(SalesRow r, StoreProfile store, double[] x) {
        Arrays.fill(x, 0);
        int b = r.brand() - 1;
        x[BRANDS + b] = 1;
        x[OWN_PRICE + b] = Math.log(r.ownPrice());
        for (int j = 0; j < OjBrand.COUNT; j++) {
            x[PRICES + j] = Math.log(r.price(j + 1));
        }
        x[DEAL] = r.deal();
        x[FEAT] = r.feat();
        x[DEAL_X_FEAT] = r.deal() * r.feat();
        for (int i = 0; i < StoreProfile.COLUMNS.size(); i++) {
            x[DEMOGRAPHICS + i] = store.value(i);
        }
    }

    /** The model's own-price elasticity of brand {@code brand}. */
    double elasticity(int brand) {
        return coefficients[OWN_PRICE + brand - 1] + coefficients[PRICES + brand - 1];
    }

    @Override
    public double[] predict(List<SalesRow> rows, Map<Integer, StoreProfile> stores) {
        double[] out = new double[rows.size()];
        double[] x = new double[COLUMNS];
        for (int i = 0; i < out.length; i++) {
            SalesRow r = rows.get(i);
            design(r, FeatureSet.profileOf(r, stores), x);
            double y = 0;
            for (int j = 0; j < COLUMNS; j++) {
                y += coefficients[j] * x[j];
            }
            out[i] = y;
        }
        return out;
    }

    @Override
    public Learner learner() {
        return Learner.LOG_LOG_OLS;
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(COLUMNS);
        for (double c : coefficients) {
            out.writeDouble(c);
        }
    }

    static LogLogBaseline read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n != COLUMNS) {
            throw new IOException("log-log model has " + n + " coefficients, this build expects " + COLUMNS);
        }
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = in.readDouble();
        }
        return new LogLogBaseline(c);
    }
}
