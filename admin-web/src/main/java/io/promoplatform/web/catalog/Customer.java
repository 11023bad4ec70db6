package io.promoplatform.web.catalog;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("customer")
public record Customer(@Id String id, String segmentId, String homeStoreId, Instant updatedAt,
        @MappedCollection(idColumn = "customer_id") Set<CustomerTag> tags) {

    @Table("customer_tag")
    public record CustomerTag(String tag) {
    }
}
