package io.promoplatform.samples;

import java.util.Objects;

/**
 * A customer segment that promotions can target.
 *
 * @param id          kebab-case identifier, unique in the catalog
 * @param name        display name
 * @param description one line saying who is in it
 */
public record SampleSegment(String id, String name, String description) {

    /** Id of the segment for shoppers whose store and customer record name no other segment. */
    public static final String DEFAULT_ID = "default";

    public SampleSegment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
