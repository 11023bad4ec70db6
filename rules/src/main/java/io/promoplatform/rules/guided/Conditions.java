package io.promoplatform.rules.guided;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every condition is optional (empty list / null = no condition); lists are "any of"; different
 * conditions are "and". Product conditions ({@code skus}, {@code brands}, {@code categories},
 * {@code minLineQuantity}, {@code signals}) select lines; the others gate the whole quote.
 */
public record Conditions(
        List<String> segments,
        List<String> channels,
        List<String> stores,
        List<String> customerTags,
        List<String> skus,
        List<String> brands,
        List<String> categories,
        Integer minLineQuantity,
        BigDecimal minCartSubtotal,
        String couponCode,
        SignalConditions signals) {

    public Conditions {
        segments = List.copyOf(segments);
        channels = List.copyOf(channels);
        stores = List.copyOf(stores);
        customerTags = List.copyOf(customerTags);
        skus = List.copyOf(skus);
        brands = List.copyOf(brands);
        categories = List.copyOf(categories);
    }

    public static Conditions none() {
        return new Conditions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                null, null);
    }

    /** True when the rule narrows the lines it applies to. */
    public boolean hasProductConditions() {
        return !skus.isEmpty() || !brands.isEmpty() || !categories.isEmpty() || minLineQuantity != null
                || signals != null;
    }
}
