package io.promoplatform.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tribuo.Example;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * How a sales row and its store's demographics become model features. There is deliberately no store
 * number among them: a store is described only by its demographics, so the 16 stores held out of the
 * data (and any new store) are predicted the same way as the stores the model was trained on.
 */
public enum FeatureSet {

    /**
     * For trees. The own price appears once, as {@code logOwnPrice}, and the own brand's
     * {@code logPriceNN} column is left out (missing, not zero), so a monotone constraint on that one
     * feature makes the whole response to the own price non-increasing.
     */
    TREES,

    /**
     * For linear learners: the log-log design of the data's README (brand dummies, brand × log own
     * price, all eleven log prices, deal, feature, deal × feature, demographics) plus the season.
     * Every feature is written even when zero so that standardisation sees the zeros.
     */
    LINEAR;

    /** Weeks in a year; the season features are a sine and cosine over it. */
    static final double WEEKS_PER_YEAR = 52.0;

    static final String TARGET = "logmove";

    /** The feature names this set produces for a row of {@code brand}, sorted as Tribuo orders them. */
    public List<String> names(int brand) {
        List<String> names = new ArrayList<>();
        for (Feature f : features(sampleRow(brand), sampleStore())) {
            names.add(f.name);
        }
        names.sort(null);
        return List.copyOf(names);
    }

    /** The union of feature names over all brands. */
    public List<String> allNames() {
        TreeSet<String> all = new TreeSet<>();
        for (int b = 1; b <= OjBrand.COUNT; b++) {
            all.addAll(names(b));
        }
        return List.copyOf(all);
    }

    /** One Tribuo example; the output is the row's logmove, or Tribuo's unknown output when it has none. */
    public Example<Regressor> example(SalesRow row, StoreProfile store) {
        List<Feature> features = features(row, store);
        String[] names = new String[features.size()];
        double[] values = new double[features.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = features.get(i).name;
            values[i] = features.get(i).value;
        }
        Regressor output = Double.isNaN(row.logmove())
                ? RegressionFactory.UNKNOWN_REGRESSOR
                : new Regressor(TARGET, row.logmove());
        return new ArrayExample<>(output, names, values);
    }

    public List<Example<Regressor>> examples(List<SalesRow> rows, Map<Integer, StoreProfile> stores) {
        List<Example<Regressor>> out = new ArrayList<>(rows.size());
        for (SalesRow row : rows) {
            out.add(example(row, profileOf(row, stores)));
        }
        return out;
    }

    static StoreProfile profileOf(SalesRow row, Map<Integer, StoreProfile> stores) {
        StoreProfile profile = stores.get(row.store());
        if (profile == null) {
            throw new IllegalArgumentException("store " + row.store()
                    + " has sales rows but no demographics in the stores file; the model predicts a store from its demographics");
        }
        return profile;
    }

    private record Feature(String name, double value) {
    }

    private List<Feature> features(SalesRow row, StoreProfile store) {
        List<Feature> f = new ArrayList<>(48);
        int own = row.brand();
        double logOwn = Math.log(row.ownPrice());
        for (int b = 1; b <= OjBrand.COUNT; b++) {
            f.add(new Feature("brand" + two(b), b == own ? 1 : 0));
        }
        if (this == TREES) {
            f.add(new Feature("logOwnPrice", logOwn));
            for (int b = 1; b <= OjBrand.COUNT; b++) {
                if (b != own) {
                    f.add(new Feature("logPrice" + two(b), Math.log(row.price(b))));
                }
            }
        } else {
            for (int b = 1; b <= OjBrand.COUNT; b++) {
                f.add(new Feature("logOwnPriceXbrand" + two(b), b == own ? logOwn : 0));
                f.add(new Feature("logPrice" + two(b), Math.log(row.price(b))));
            }
            f.add(new Feature("dealXfeat", row.deal() * row.feat()));
        }
        f.add(new Feature("deal", row.deal()));
        f.add(new Feature("feat", row.feat()));
        for (int i = 0; i < StoreProfile.COLUMNS.size(); i++) {
            f.add(new Feature(StoreProfile.COLUMNS.get(i), store.value(i)));
        }
        double angle = 2 * Math.PI * row.week() / WEEKS_PER_YEAR;
        f.add(new Feature("seasonSin", Math.sin(angle)));
        f.add(new Feature("seasonCos", Math.cos(angle)));
        return f;
    }

    static String two(int brand) {
        return brand < 10 ? "0" + brand : Integer.toString(brand);
    }

    private static SalesRow sampleRow(int brand) {
        double[] prices = new double[OjBrand.COUNT];
        Arrays.fill(prices, 0.03);
        return new SalesRow(0, brand, 100, Double.NaN, prices, 0, 0, 0);
    }

    private static StoreProfile sampleStore() {
        return new StoreProfile(0, new double[StoreProfile.COLUMNS.size()]);
    }
}
