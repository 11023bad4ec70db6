package io.promoplatform.engine.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Invented orange-juice data from a known log-log model, so tests can check what training recovers:
 * logmove = a_b + {@value #ELASTICITY}·log(own price) + 0.4·log(price of brand 5) + 0.5·deal + 0.3·feat
 * + 0.8·(INCOME − 10.5) + noise. No real data row is involved.
 */
final class SyntheticOj {

    static final double ELASTICITY = -3.0;
    static final double NOISE = 0.05;
    static final int[] BRANDS = {1, 2, 3};
    private static final double[] BASE_PRICE = {0.045, 0.035, 0.030, 0.025, 0.030, 0.028, 0.027, 0.026, 0.024, 0.020, 0.018};

    final List<SalesRow> rows;
    final Map<Integer, StoreProfile> stores;
    final Map<Integer, String> segments;

    private SyntheticOj(List<SalesRow> rows, Map<Integer, StoreProfile> stores, Map<Integer, String> segments) {
        this.rows = rows;
        this.stores = stores;
        this.segments = segments;
    }

    /** {@code storeCount} stores × 3 brands × {@code weeks} weeks; odd stores are "north", even "south". */
    static SyntheticOj generate(int storeCount, int weeks, long seed) {
        Random random = new Random(seed);
        Map<Integer, StoreProfile> stores = new LinkedHashMap<>();
        Map<Integer, String> segments = new LinkedHashMap<>();
        for (int s = 1; s <= storeCount; s++) {
            double[] d = new double[StoreProfile.COLUMNS.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = random.nextDouble();
            }
            d[StoreProfile.COLUMNS.indexOf("INCOME")] = 10.5 + 0.4 * (random.nextDouble() - 0.5);
            stores.put(s, new StoreProfile(s, d));
            segments.put(s, s % 2 == 1 ? "north" : "south");
        }
        List<SalesRow> rows = new ArrayList<>();
        for (int s = 1; s <= storeCount; s++) {
            for (int w = 40; w < 40 + weeks; w++) {
                double[] prices = new double[OjBrand.COUNT];
                for (int b = 0; b < prices.length; b++) {
                    prices[b] = BASE_PRICE[b] * Math.exp(0.5 * (random.nextDouble() - 0.5));
                }
                for (int brand : BRANDS) {
                    int deal = random.nextDouble() < 0.2 ? 1 : 0;
                    double feat = random.nextDouble() < 0.2 ? random.nextDouble() : 0;
                    double income = stores.get(s).value(StoreProfile.COLUMNS.indexOf("INCOME"));
                    double logmove = 10.0 - 0.3 * brand + ELASTICITY * Math.log(prices[brand - 1] / BASE_PRICE[brand - 1])
                            + 0.4 * Math.log(prices[4] / BASE_PRICE[4]) + 0.5 * deal + 0.3 * feat + 0.8 * (income - 10.5)
                            + NOISE * random.nextGaussian();
                    rows.add(new SalesRow(s, brand, w, logmove, prices, deal, feat, 25 + 10 * random.nextDouble()));
                }
            }
        }
        return new SyntheticOj(List.copyOf(rows), Map.copyOf(stores), Map.copyOf(segments));
    }

    /** Writes sales.csv, stores.csv and segments.csv in the real files' formats; returns the folder. */
    Path writeTo(Path dir) {
        try {
            StringBuilder sales = new StringBuilder("store,brand,week,logmove,constant");
            for (int b = 1; b <= OjBrand.COUNT; b++) {
                sales.append(",price").append(b);
            }
            sales.append(",deal,feat,profit\n");
            for (SalesRow r : rows) {
                sales.append(r.store()).append(',').append(r.brand()).append(',').append(r.week()).append(',')
                        .append(fmt(r.logmove())).append(",1");
                for (int b = 1; b <= OjBrand.COUNT; b++) {
                    sales.append(',').append(fmt(r.price(b)));
                }
                sales.append(',').append(r.deal()).append(',').append(fmt(r.feat())).append(',').append(fmt(r.profit())).append('\n');
            }
            Files.writeString(dir.resolve("sales.csv"), sales);
            StringBuilder st = new StringBuilder("STORE," + String.join(",", StoreProfile.COLUMNS) + "\n");
            StringBuilder seg = new StringBuilder("id,name,segment\n");
            for (StoreProfile p : stores.values()) {
                st.append(p.store());
                for (double v : p.demographics()) {
                    st.append(',').append(fmt(v));
                }
                st.append('\n');
                seg.append("S-").append(p.store()).append(",Store ").append(p.store()).append(',')
                        .append(segments.get(p.store())).append('\n');
            }
            Files.writeString(dir.resolve("stores.csv"), st);
            Files.writeString(dir.resolve("segments.csv"), seg);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }
}
