package io.promoplatform.web.demo;

import io.promoplatform.samples.SampleCatalog;
import io.promoplatform.web.catalog.CatalogRequests.CustomerRequest;
import io.promoplatform.web.catalog.CatalogRequests.ProductRequest;
import io.promoplatform.web.catalog.CatalogRequests.SegmentRequest;
import io.promoplatform.web.catalog.CatalogRequests.StoreRequest;
import io.promoplatform.web.catalog.CatalogService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the sample catalog into the database through the same validated, audited service calls the
 * admin API uses, so samples can never hold what the API would refuse.
 */
@Component
public class SampleLoader {

    private static final String ACTOR = "samples";

    private final CatalogService catalog;

    SampleLoader(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** Loads everything in one transaction; returns the number of records written. */
    @Transactional
    public int load(SampleCatalog samples) {
        samples.segments().forEach(s -> catalog.putSegment(s.id(), new SegmentRequest(s.name(), s.description()), ACTOR));
        samples.stores().forEach(s -> catalog.putStore(s.id(), new StoreRequest(s.name(), s.segment()), ACTOR));
        samples.products().forEach(p -> catalog.putProduct(p.sku(), new ProductRequest(p.name(), p.brand(),
                p.category(), p.listPrice().toPlainString(), p.cost().toPlainString(), p.currency()), ACTOR));
        samples.customers().forEach(c -> catalog.putCustomer(c.id(), new CustomerRequest(blankToNull(c.segment()),
                blankToNull(c.homeStore()), c.tags()), ACTOR));
        return samples.segments().size() + samples.stores().size() + samples.products().size()
                + samples.customers().size();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
