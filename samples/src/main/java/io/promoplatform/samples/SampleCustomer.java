package io.promoplatform.samples;

import java.util.List;
import java.util.Objects;

/**
 * A sample (synthetic) customer.
 *
 * @param id        customer id, {@code C-<number>}
 * @param segment   id of the customer's {@link SampleSegment}
 * @param homeStore id of the customer's usual {@link SampleStore}, or {@code null} when the customer has none
 * @param tags      free-form tags such as {@code loyalty} or {@code senior}; never null, may be empty
 */
public record SampleCustomer(String id, String segment, String homeStore, List<String> tags) {

    public SampleCustomer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(segment, "segment");
        if (homeStore != null && homeStore.isEmpty()) {
            homeStore = null;
        }
        tags = List.copyOf(tags == null ? List.of() : tags);
    }

    public boolean hasHomeStore() {
        return homeStore != null;
    }
}
