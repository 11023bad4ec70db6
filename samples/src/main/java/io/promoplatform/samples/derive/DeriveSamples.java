package io.promoplatform.samples.derive;

import io.promoplatform.samples.Csv;
import io.promoplatform.samples.SampleCustomer;
import io.promoplatform.samples.SampleProduct;
import io.promoplatform.samples.SampleSegment;
import io.promoplatform.samples.SampleStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Regenerates the committed sample files ({@code products.csv}, {@code segments.csv}, {@code stores.csv},
 * {@code customers.csv}) from the raw Dominick's orange-juice files. The output depends only on the input, byte
 * for byte.
 *
 * <pre>java -cp samples/target/classes io.promoplatform.samples.derive.DeriveSamples \
 *     --sales DIR/oj_sales.csv --stores DIR/oj_stores.csv --out samples/src/main/resources/samples</pre>
 */
public final class DeriveSamples {

    static final String USAGE = "usage: DeriveSamples --sales oj_sales.csv --stores oj_stores.csv --out DIR";

    /** Everything derived, as written. */
    public record Samples(List<SampleProduct> products, List<SampleSegment> segments, List<SampleStore> stores,
                          List<SampleCustomer> customers) {
    }

    private DeriveSamples() {
    }

    public static void main(String[] args) {
        Map<String, Path> options;
        try {
            options = parseArguments(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Samples samples = derive(options.get("--sales"), options.get("--stores"));
        write(samples, options.get("--out"));
        printSummary(samples, options.get("--out"));
    }

    static Map<String, Path> parseArguments(String[] args) {
        Map<String, Path> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!List.of("--sales", "--stores", "--out").contains(name)) {
                throw new IllegalArgumentException("unknown option: " + name);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            options.put(name, Path.of(args[i + 1]));
        }
        for (String required : List.of("--sales", "--stores", "--out")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing " + required);
            }
        }
        return options;
    }

    /** Reads the raw files and derives every sample, without writing anything. */
    public static Samples derive(Path salesFile, Path storesFile) {
        ProductPricing pricing = new ProductPricing();
        RawData.readSales(salesFile, pricing::add);
        List<RawData.StoreDemographics> demographics = RawData.readStores(storesFile);
        StoreSegmentation.Result segmentation = StoreSegmentation.segment(demographics);
        List<SampleCustomer> customers = CustomerGenerator.generate(segmentation.stores(), demographics);
        return new Samples(pricing.products(), segmentation.segments(), segmentation.stores(), customers);
    }

    /** Writes the four CSV files into {@code directory}, creating it if needed. */
    public static void write(Samples samples, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeCsv(directory.resolve("products.csv"), List.of("sku", "name", "brand", "category", "listPrice", "cost",
                "currency"), samples.products(), p -> List.of(p.sku(), p.name(), p.brand(), p.category(),
                p.listPrice().toPlainString(), p.cost().toPlainString(), p.currency()));
        writeCsv(directory.resolve("segments.csv"), List.of("id", "name", "description"), samples.segments(),
                s -> List.of(s.id(), s.name(), s.description()));
        writeCsv(directory.resolve("stores.csv"), List.of("id", "name", "segment"), samples.stores(),
                s -> List.of(s.id(), s.name(), s.segment()));
        writeCsv(directory.resolve("customers.csv"), List.of("id", "segment", "homeStore", "tags"),
                samples.customers(), c -> List.of(c.id(), c.segment(), c.hasHomeStore() ? c.homeStore() : "",
                        String.join("|", c.tags())));
    }

    private static <T> void writeCsv(Path file, List<String> header, List<T> items, Function<T, List<String>> row) {
        StringBuilder text = new StringBuilder(Csv.formatRow(header)).append('\n');
        for (T item : items) {
            text.append(Csv.formatRow(row.apply(item))).append('\n');
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void printSummary(Samples samples, Path directory) {
        System.out.println("Wrote samples to " + directory.toAbsolutePath().normalize());
        for (SampleProduct p : samples.products()) {
            System.out.printf(Locale.ROOT, "  %-16s list %6s  cost %6s%n", p.sku(), p.listPrice(), p.cost());
        }
        List<String> lines = new ArrayList<>();
        for (SampleSegment s : samples.segments()) {
            long size = samples.stores().stream().filter(st -> st.segment().equals(s.id())).count();
            long customers = samples.customers().stream().filter(c -> c.segment().equals(s.id())).count();
            lines.add(String.format(Locale.ROOT, "  %-18s %2d stores %3d customers  %s", s.id(), size, customers,
                    s.description()));
        }
        lines.forEach(System.out::println);
    }
}
