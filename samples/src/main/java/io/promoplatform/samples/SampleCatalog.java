package io.promoplatform.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The sample catalog shipped in this module's resources under {@code /samples/}: products whose prices come
 * from Dominick's orange-juice scanner data, store segments clustered from store demographics, the stores,
 * and synthetic customers. See {@code /samples/PROVENANCE.md} for how each file was derived.
 */
public final class SampleCatalog {

    static final List<String> PRODUCT_HEADER =
            List.of("sku", "name", "brand", "category", "listPrice", "cost", "currency");
    static final List<String> SEGMENT_HEADER = List.of("id", "name", "description");
    static final List<String> STORE_HEADER = List.of("id", "name", "segment");
    static final List<String> CUSTOMER_HEADER = List.of("id", "segment", "homeStore", "tags");

    /** Separator between tags in the {@code tags} column of {@code customers.csv}. */
    public static final String TAG_SEPARATOR = "|";

    private final List<SampleProduct> products;
    private final List<SampleSegment> segments;
    private final List<SampleStore> stores;
    private final List<SampleCustomer> customers;

    private SampleCatalog(List<SampleProduct> products, List<SampleSegment> segments,
                          List<SampleStore> stores, List<SampleCustomer> customers) {
        this.products = List.copyOf(products);
        this.segments = List.copyOf(segments);
        this.stores = List.copyOf(stores);
        this.customers = List.copyOf(customers);
    }

    /** Reads the four sample CSV files from the classpath. */
    public static SampleCatalog load() {
        return new SampleCatalog(
                read("/samples/products.csv", PRODUCT_HEADER, SampleCatalog::product),
                read("/samples/segments.csv", SEGMENT_HEADER, r -> new SampleSegment(r.get(0), r.get(1), r.get(2))),
                read("/samples/stores.csv", STORE_HEADER, r -> new SampleStore(r.get(0), r.get(1), r.get(2))),
                read("/samples/customers.csv", CUSTOMER_HEADER, SampleCatalog::customer));
    }

    public List<SampleProduct> products() {
        return products;
    }

    public List<SampleSegment> segments() {
        return segments;
    }

    public List<SampleStore> stores() {
        return stores;
    }

    public List<SampleCustomer> customers() {
        return customers;
    }

    private static SampleProduct product(List<String> r) {
        return new SampleProduct(r.get(0), r.get(1), r.get(2), r.get(3),
                new BigDecimal(r.get(4)), new BigDecimal(r.get(5)), r.get(6));
    }

    private static SampleCustomer customer(List<String> r) {
        String tags = r.get(3);
        List<String> tagList = tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\\" + TAG_SEPARATOR));
        return new SampleCustomer(r.get(0), r.get(1), r.get(2), tagList);
    }

    private static <T> List<T> read(String resource, List<String> header, Function<List<String>, T> mapper) {
        InputStream stream = SampleCatalog.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Sample resource missing from the classpath: " + resource);
        }
        List<List<String>> rows;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            rows = Csv.readAll(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        if (rows.isEmpty() || !rows.get(0).equals(header)) {
            throw new IllegalStateException(resource + " must start with the header " + String.join(",", header));
        }
        return rows.subList(1, rows.size()).stream()
                .map(row -> {
                    if (row.size() != header.size()) {
                        throw new IllegalStateException(resource + ": expected " + header.size()
                                + " fields but found " + row.size() + " in " + row);
                    }
                    return mapper.apply(row);
                })
                .toList();
    }
}
