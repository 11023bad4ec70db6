package io.promoplatform.web.catalog;

import io.promoplatform.rules.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** What the catalog API returns (and what audit events record as before/after). */
final class CatalogViews {

    private CatalogViews() {
    }

    record ProductView(String sku, String name, String brand, String category, String listPrice, String cost,
            String currency, Instant updatedAt) {

        static ProductView of(Product p) {
            Currency currency = Currency.getInstance(p.currency());
            return new ProductView(p.sku(), p.name(), p.brand(), p.category(), Money.format(p.listPrice(), currency),
                    Money.format(p.cost(), currency), p.currency(), p.updatedAt());
        }
    }

    record SegmentView(String id, String name, String description, Instant updatedAt) {
        static SegmentView of(Segment s) {
            return new SegmentView(s.id(), s.name(), s.description(), s.updatedAt());
        }
    }

    record StoreView(String id, String name, String segment, Instant updatedAt) {
        static StoreView of(Store s) {
            return new StoreView(s.id(), s.name(), s.segmentId(), s.updatedAt());
        }
    }

    record CustomerView(String id, String segment, String homeStore, List<String> tags, Instant updatedAt) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.id(), c.segmentId(), c.homeStoreId(),
                    c.tags().stream().map(Customer.CustomerTag::tag).sorted().toList(), c.updatedAt());
        }
    }
}
