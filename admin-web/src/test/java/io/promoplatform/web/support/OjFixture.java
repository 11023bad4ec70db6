package io.promoplatform.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Small invented files in the Dominick's orange-juice layout (never the real rows): 12 stores with
 * demographics, 11 brands, 30 weeks, units falling with own price at elasticity about -3 and rising
 * with deals. Enough for `model train` to run its cross-validation in seconds.
 */
public final class OjFixture {

    public static final int STORES = 12;
    public static final int WEEKS = 30;

    private OjFixture() {
    }

    public record Files3(Path sales, Path stores, Path segments) {
    }

    /** Writes oj_sales.csv, oj_stores.csv and segments.csv (id,name,segment) under {@code dir}. */
    public static Files3 write(Path dir, long seed) {
        Random random = new Random(seed);
        StringBuilder sales = new StringBuilder(
                "store,brand,week,logmove,constant,price1,price2,price3,price4,price5,price6,price7,price8,price9,price10,price11,deal,feat,profit\n");
        StringBuilder stores = new StringBuilder(
                "STORE,AGE60,EDUC,ETHNIC,INCOME,HHLARGE,WORKWOM,HVAL150,SSTRDIST,SSTRVOL,CPDIST5,CPWVOL5\n");
        StringBuilder segments = new StringBuilder("id,name,segment\n");
        for (int s = 1; s <= STORES; s++) {
            int store = 100 + s;
            double income = 10 + random.nextDouble();
            double age60 = 0.1 + 0.2 * random.nextDouble();
            stores.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n", store,
                    age60, 0.1 + 0.3 * random.nextDouble(), 0.05 + 0.2 * random.nextDouble(), income,
                    0.1 + 0.05 * random.nextDouble(), 0.3 + 0.1 * random.nextDouble(), 0.2 + 0.5 * random.nextDouble(),
                    1 + 5 * random.nextDouble(), 0.5 + random.nextDouble(), 1 + random.nextDouble(),
                    0.3 + 0.3 * random.nextDouble()));
            segments.append("S-").append(store).append(",Store ").append(store).append(',')
                    .append(s % 2 == 0 ? "north" : "south").append('\n');
            double storeLevel = 0.4 * (income - 10.5) - age60;
            for (int week = 40; week < 40 + WEEKS; week++) {
                double[] prices = new double[11];
                for (int b = 0; b < 11; b++) {
                    prices[b] = (0.025 + 0.004 * b) * (0.8 + 0.4 * random.nextDouble());
                }
                for (int brand = 1; brand <= 11; brand++) {
                    int deal = random.nextDouble() < 0.25 ? 1 : 0;
                    double own = prices[brand - 1];
                    double logmove = 9 + storeLevel - 3 * Math.log(own / 0.04) + 0.4 * deal + 0.15 * random.nextGaussian();
                    sales.append(String.format(Locale.ROOT, "%d,%d,%d,%.6f,1", store, brand, week, logmove));
                    for (double p : prices) {
                        sales.append(String.format(Locale.ROOT, ",%.6f", p));
                    }
                    sales.append(String.format(Locale.ROOT, ",%d,%d,%.3f%n", deal, deal, 30 + 10 * random.nextDouble()));
                }
            }
        }
        try {
            Files.createDirectories(dir);
            Path s = dir.resolve("oj_sales.csv");
            Path st = dir.resolve("oj_stores.csv");
            Path seg = dir.resolve("segments.csv");
            Files.writeString(s, sales);
            Files.writeString(st, stores);
            Files.writeString(seg, segments);
            return new Files3(s, st, seg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
