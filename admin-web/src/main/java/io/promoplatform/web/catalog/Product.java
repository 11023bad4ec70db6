package io.promoplatform.web.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A sellable item with its list price and unit cost in one currency. */
@Table("product")
public record Product(@Id String sku, String name, String brand, String category, BigDecimal listPrice,
        BigDecimal cost, String currency, Instant updatedAt) {
}
