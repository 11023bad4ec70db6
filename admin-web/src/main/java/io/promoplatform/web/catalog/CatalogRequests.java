package io.promoplatform.web.catalog;

import java.util.List;

/** Request bodies of the catalog API; money travels as strings, as everywhere in the API. */
public final class CatalogRequests {

    private CatalogRequests() {
    }

    public record ProductRequest(String name, String brand, String category, String listPrice, String cost,
            String currency) {
    }

    public record SegmentRequest(String name, String description) {
    }

    public record StoreRequest(String name, String segment) {
    }

    public record CustomerRequest(String segment, String homeStore, List<String> tags) {
    }
}
