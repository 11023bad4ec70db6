package io.promoplatform.engine.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the Dominick's CSV files. Columns are found by header name, not position, so a file written by
 * R's {@code write.csv} (quoted names, a leading row-name column) reads the same as the shipped one.
 * Every problem is a {@link CsvFormatException} naming the line, because these files come from users.
 */
public final class OjCsv {

    static final List<String> SALES_COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("store", "brand", "week", "logmove"));
        for (int b = 1; b <= OjBrand.COUNT; b++) {
            columns.add("price" + b);
        }
        columns.addAll(List.of("deal", "feat", "profit"));
        SALES_COLUMNS = List.copyOf(columns);
    }

    private OjCsv() {
    }

    /** Sales rows: {@code store,brand,week,logmove,constant,price1..price11,deal,feat,profit}. */
    public static List<SalesRow> readSales(Path file) {
        List<SalesRow> rows = new ArrayList<>();
        read(file, SALES_COLUMNS, (line, f) -> {
            double[] prices = new double[OjBrand.COUNT];
            for (int b = 1; b <= OjBrand.COUNT; b++) {
                prices[b - 1] = f.positive("price" + b);
            }
            int brand = f.integer("brand");
            if (brand < 1 || brand > OjBrand.COUNT) {
                throw f.problem("brand must be 1.." + OjBrand.COUNT + ", was " + brand);
            }
            int deal = f.integer("deal");
            if (deal != 0 && deal != 1) {
                throw f.problem("deal must be 0 or 1, was " + deal);
            }
            double feat = f.number("feat");
            if (feat < 0 || feat > 1) {
                throw f.problem("feat must be in 0..1, was " + feat);
            }
            rows.add(new SalesRow(f.integer("store"), brand, f.integer("week"), f.number("logmove"), prices, deal, feat,
                    f.number("profit")));
        });
        if (rows.isEmpty()) {
            throw new CsvFormatException(file, 1, "no data rows");
        }
        return List.copyOf(rows);
    }

    /** Store demographics: {@code STORE,AGE60,...,CPWVOL5}, keyed by store number. */
    public static Map<Integer, StoreProfile> readStores(Path file) {
        List<String> columns = new ArrayList<>(List.of("STORE"));
        columns.addAll(StoreProfile.COLUMNS);
        Map<Integer, StoreProfile> stores = new TreeMap<>();
        read(file, columns, (line, f) -> {
            int store = f.integer("STORE");
            double[] values = new double[StoreProfile.COLUMNS.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = f.number(StoreProfile.COLUMNS.get(i));
            }
            if (stores.put(store, new StoreProfile(store, values)) != null) {
                throw f.problem("store " + store + " appears twice");
            }
        });
        return Map.copyOf(stores);
    }

    /**
     * Store segments in the samples' format {@code id,name,segment} with ids {@code S-<store>}; the
     * result maps the store number to its segment.
     */
    public static Map<Integer, String> readStoreSegments(Path file) {
        Map<Integer, String> segments = new TreeMap<>();
        read(file, List.of("id", "segment"), (line, f) -> {
            String id = f.text("id");
            if (!id.startsWith("S-")) {
                throw f.problem("store id must look like S-<number>, was '" + id + "'");
            }
            int store;
            try {
                store = Integer.parseInt(id.substring(2));
            } catch (NumberFormatException e) {
                throw f.problem("store id must look like S-<number>, was '" + id + "'");
            }
            String segment = f.text("segment");
            if (segment.isEmpty()) {
                throw f.problem("segment is empty");
            }
            segments.put(store, segment);
        });
        return Map.copyOf(segments);
    }

    /** SHA-256 of the file's bytes, lower-case hex: the training-data fingerprint. */
    public static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(int line, Fields fields);
    }

    private static void read(Path file, List<String> required, RowHandler handler) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new CsvFormatException(file, 1, "empty file, expected a header with " + required);
            }
            String[] names = split(stripBom(header));
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                index.put(names[i], i);
            }
            List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new CsvFormatException(file, 1, "missing column(s) " + missing + " in header " + List.of(names));
            }
            int lineNo = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                lineNo++;
                if (text.isBlank()) {
                    continue;
                }
                String[] values = split(text);
                if (values.length != names.length) {
                    throw new CsvFormatException(file, lineNo,
                            "expected " + names.length + " columns, found " + values.length);
                }
                handler.accept(lineNo, new Fields(file, lineNo, index, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The files have no embedded commas, so quotes are only stripped, never parsed. */
    private static String[] split(String line) {
        String[] parts = line.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) {
                p = p.substring(1, p.length() - 1);
            }
            parts[i] = p;
        }
        return parts;
    }

    private record Fields(Path file, int line, Map<String, Integer> index, String[] values) {

        String text(String column) {
            return values[index.get(column)];
        }

        double number(String column) {
            String raw = text(column);
            double v;
            try {
                v = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                throw problem("column '" + column + "': '" + raw + "' is not a number");
            }
            if (!Double.isFinite(v)) {
                throw problem("column '" + column + "': '" + raw + "' is not a finite number");
            }
            return v;
        }

        double positive(String column) {
            double v = number(column);
            if (v <= 0) {
                throw problem("column '" + column + "': price must be positive, was " + text(column));
            }
            return v;
        }

        int integer(String column) {
            double v = number(column);
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw problem("column '" + column + "': '" + text(column) + "' is not a whole number");
            }
            return (int) v;
        }

        CsvFormatException problem(String message) {
            return new CsvFormatException(file, line, message);
        }
    }
}
