package io.promoplatform.samples.derive;

import io.promoplatform.samples.Csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Readers for the two raw Dominick's CSV files ({@code oj_sales.csv}, {@code oj_stores.csv}). Columns are found
 * by name, so only the ones used here need to be present.
 */
final class RawData {

    /** The demographic and competition columns of the stores file, in file order. */
    static final List<String> DEMOGRAPHIC_COLUMNS = List.of(
            "AGE60", "EDUC", "ETHNIC", "INCOME", "HHLARGE", "WORKWOM", "HVAL150",
            "SSTRDIST", "SSTRVOL", "CPDIST5", "CPWVOL5");

    private RawData() {
    }

    /**
     * One store-week of one brand, reduced to what pricing needs. Numbers are kept exactly as written.
     *
     * @param pricePerOunce the brand's own shelf price per ounce that week (column {@code price<brand>})
     * @param profitPercent the store's gross margin on the brand, percent
     */
    record Sale(int store, Brand brand, boolean deal, BigDecimal pricePerOunce, BigDecimal profitPercent) {
    }

    /** One store and its demographics, in the order of {@link #DEMOGRAPHIC_COLUMNS}. */
    record StoreDemographics(int store, double[] values) {

        double value(String column) {
            return values[DEMOGRAPHIC_COLUMNS.indexOf(column)];
        }
    }

    /** Streams the sales file row by row. */
    static void readSales(Path file, Consumer<Sale> sink) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Csv.RowReader rows = new Csv.RowReader(reader);
            Header header = new Header(file, rows.next());
            int store = header.index("store");
            int brand = header.index("brand");
            int deal = header.index("deal");
            int profit = header.index("profit");
            Map<Brand, Integer> price = new EnumMap<>(Brand.class);
            for (Brand b : Brand.values()) {
                price.put(b, header.index(b.priceColumn()));
            }
            for (List<String> row = rows.next(); row != null; row = rows.next()) {
                header.checkWidth(row);
                Brand b = Brand.byNumber(Integer.parseInt(row.get(brand)));
                sink.accept(new Sale(
                        Integer.parseInt(row.get(store)),
                        b,
                        isDeal(row.get(deal)),
                        new BigDecimal(row.get(price.get(b))),
                        new BigDecimal(row.get(profit))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Reads every store of the stores file, in file order. */
    static List<StoreDemographics> readStores(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Csv.RowReader rows = new Csv.RowReader(reader);
            Header header = new Header(file, rows.next());
            int store = header.index("STORE");
            int[] columns = DEMOGRAPHIC_COLUMNS.stream().mapToInt(header::index).toArray();
            List<StoreDemographics> stores = new ArrayList<>();
            for (List<String> row = rows.next(); row != null; row = rows.next()) {
                header.checkWidth(row);
                double[] values = new double[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    values[i] = Double.parseDouble(row.get(columns[i]));
                }
                stores.add(new StoreDemographics(Integer.parseInt(row.get(store)), values));
            }
            return stores;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static boolean isDeal(String flag) {
        return new BigDecimal(flag).signum() != 0;
    }

    private record Header(Path file, List<String> names) {

        Header {
            if (names == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
        }

        int index(String column) {
            int i = names.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException(file + " has no column " + column + "; header: " + names);
            }
            return i;
        }

        void checkWidth(List<String> row) {
            if (row.size() != names.size()) {
                throw new IllegalArgumentException(file + ": row has " + row.size() + " fields, header has "
                        + names.size() + ": " + row);
            }
        }
    }
}
