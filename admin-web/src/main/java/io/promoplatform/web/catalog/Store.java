package io.promoplatform.web.catalog;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("store")
public record Store(@Id String id, String name, String segmentId, Instant updatedAt) {
}
