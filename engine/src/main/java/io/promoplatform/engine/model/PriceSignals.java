package io.promoplatform.engine.model;

import io.promoplatform.engine.quote.Signals;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The model's per product × segment signals, computed once when the model is trained and stored in
 * its artifact, so pricing a quote line is two hash lookups and never runs the model. A segment the
 * model does not know falls back to {@link #DEFAULT_SEGMENT} (all stores). Immutable and thread-safe.
 */
public final class PriceSignals {

    /** The chain-wide segment: every store the model was trained on. */
    public static final String DEFAULT_SEGMENT = "default";

    /** Index brand - 1; each map is unmodifiable. */
    private final Map<String, Signals>[] byBrand;
    private final Map<String, Integer> skuToBrand;

    @SuppressWarnings("unchecked")
    private PriceSignals(Map<Integer, Map<String, Signals>> table, Map<String, Integer> skuToBrand) {
        this.byBrand = new Map[OjBrand.COUNT];
        for (int b = 1; b <= OjBrand.COUNT; b++) {
            Map<String, Signals> segments = table.getOrDefault(b, Map.of());
            byBrand[b - 1] = Collections.unmodifiableMap(new HashMap<>(segments));
        }
        this.skuToBrand = Map.copyOf(skuToBrand);
    }

    /** Signals keyed by brand number and segment; the sample catalog's SKUs resolve through {@link OjBrand}. */
    public static PriceSignals of(Map<Integer, Map<String, Signals>> table) {
        table.keySet().forEach(OjBrand::of);
        Map<String, Integer> skus = new HashMap<>();
        for (OjBrand brand : OjBrand.values()) {
            skus.put(brand.sku(), brand.number());
        }
        return new PriceSignals(table, skus);
    }

    /** The same signals, with more SKUs mapped to brand numbers (a catalog whose SKUs differ from the samples'). */
    public PriceSignals withSkus(Map<String, Integer> more) {
        more.values().forEach(OjBrand::of);
        Map<String, Integer> skus = new HashMap<>(skuToBrand);
        skus.putAll(more);
        return new PriceSignals(table(), skus);
    }

    public Optional<Signals> find(int brand, String segment) {
        if (brand < 1 || brand > OjBrand.COUNT) {
            return Optional.empty();
        }
        Map<String, Signals> segments = byBrand[brand - 1];
        Signals s = segment == null ? null : segments.get(segment);
        return Optional.ofNullable(s != null ? s : segments.get(DEFAULT_SEGMENT));
    }

    /** Empty for a SKU the model has no brand for: such a line simply gets no signals. */
    public Optional<Signals> find(String sku, String segment) {
        Integer brand = skuToBrand.get(sku);
        return brand == null ? Optional.empty() : find(brand, segment);
    }

    /** Brand number → segment → signals, sorted, as a fresh copy. */
    public Map<Integer, Map<String, Signals>> table() {
        Map<Integer, Map<String, Signals>> out = new TreeMap<>();
        for (int b = 1; b <= OjBrand.COUNT; b++) {
            if (!byBrand[b - 1].isEmpty()) {
                out.put(b, new TreeMap<>(byBrand[b - 1]));
            }
        }
        return out;
    }

    public Set<String> segments() {
        Set<String> all = new TreeSet<>();
        for (Map<String, Signals> m : byBrand) {
            all.addAll(m.keySet());
        }
        return all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceSignals p && table().equals(p.table()) && skuToBrand.equals(p.skuToBrand);
    }

    @Override
    public int hashCode() {
        return table().hashCode();
    }

    @Override
    public String toString() {
        return "PriceSignals" + table();
    }
}
