package io.promoplatform.samples;

import java.util.Objects;

/**
 * A sample store.
 *
 * @param id      store id, {@code S-<number>}
 * @param name    display name
 * @param segment id of the {@link SampleSegment} its neighbourhood belongs to
 */
public record SampleStore(String id, String name, String segment) {

    public SampleStore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(segment, "segment");
    }
}
