package io.promoplatform.web.catalog;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A customer segment rules and budgets are aimed at; {@code default} catches everyone else. */
@Table("segment")
public record Segment(@Id String id, String name, String description, Instant updatedAt) {

    public static final String DEFAULT = "default";
}
