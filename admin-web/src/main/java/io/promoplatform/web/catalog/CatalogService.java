package io.promoplatform.web.catalog;

import io.promoplatform.web.audit.AuditLog;
import io.promoplatform.web.catalog.CatalogRequests.CustomerRequest;
import io.promoplatform.web.catalog.CatalogRequests.ProductRequest;
import io.promoplatform.web.catalog.CatalogRequests.SegmentRequest;
import io.promoplatform.web.catalog.CatalogRequests.StoreRequest;
import io.promoplatform.web.catalog.CatalogViews.CustomerView;
import io.promoplatform.web.catalog.CatalogViews.ProductView;
import io.promoplatform.web.catalog.CatalogViews.SegmentView;
import io.promoplatform.web.catalog.CatalogViews.StoreView;
import io.promoplatform.web.system.CacheRefresh;
import io.promoplatform.web.system.PageResponse;
import io.promoplatform.web.system.Paging;
import io.promoplatform.web.system.ProblemException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.repository.PagingAndSortingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products, segments, stores and customers: validated upserts, each audited, and look-ups for quoting.
 *
 * <p>The look-ups for quoting are served from read-through caches, so a quote needs no database once
 * its SKUs, customer and store have been seen. A write on this instance evicts its entry once the
 * transaction commits; writes by other instances (or straight to the database) are picked up by a
 * refresh {@code promo.catalog-cache.refresh} (5 s) after an entry was loaded: the next read after
 * that answers the cached value and reloads it in the background. A failed reload keeps the old value,
 * so quoting continues from memory while the database is down. Unknown ids are cached too (a quote
 * for an unknown customer must not cost a query each time).
 */
@Service
public class CatalogService {

    private final ProductRepository products;
    private final SegmentRepository segments;
    private final StoreRepository stores;
    private final CustomerRepository customers;
    private final JdbcAggregateOperations aggregates;
    private final AuditLog audit;
    private final Clock clock;

    private final LoadingCache<String, Optional<Product>> productCache;
    private final LoadingCache<String, Optional<Customer>> customerCache;
    private final LoadingCache<String, Optional<Store>> storeCache;

    CatalogService(ProductRepository products, SegmentRepository segments, StoreRepository stores,
            CustomerRepository customers, JdbcAggregateOperations aggregates, AuditLog audit, Clock clock,
            @Value("${promo.catalog-cache.refresh:5s}") Duration refresh,
            @Value("${promo.catalog-cache.size:200000}") long size, CacheRefresh refreshes) {
        this.productCache = Caffeine.newBuilder().maximumSize(size).refreshAfterWrite(refresh).executor(refreshes)
                .build(new ProductLoader(products));
        this.customerCache = Caffeine.newBuilder().maximumSize(size).refreshAfterWrite(refresh).executor(refreshes)
                .build(customers::findById);
        this.storeCache = Caffeine.newBuilder().maximumSize(size).refreshAfterWrite(refresh).executor(refreshes)
                .build(stores::findById);
        this.products = products;
        this.segments = segments;
        this.stores = stores;
        this.customers = customers;
        this.aggregates = aggregates;
        this.audit = audit;
        this.clock = clock;
    }

    // Writes ------------------------------------------------------------------------------------------

    @Transactional
    public ProductView putProduct(String sku, ProductRequest request, String actor) {
        CatalogValidation.checkId("sku", sku);
        Product product = validProduct(sku, request, new CatalogValidation(""), now());
        return saveProduct(product, actor);
    }

    /** Validates without saving; {@code validation} collects the problems (for the CSV import). */
    Product validProduct(String sku, ProductRequest r, CatalogValidation v, Instant now) {
        String name = v.required("name", r.name(), 200);
        String brand = v.required("brand", r.brand(), 100);
        String category = v.required("category", r.category(), 100);
        Optional<Currency> currency = v.currency("currency", r.currency());
        BigDecimal list = v.money("listPrice", r.listPrice(), currency.orElse(null));
        BigDecimal cost = v.money("cost", r.cost(), currency.orElse(null));
        v.throwIfAny();
        return new Product(sku, name, brand, category, list, cost, currency.orElseThrow().getCurrencyCode(), now);
    }

    ProductView saveProduct(Product product, String actor) {
        evictAfterCommit(productCache, product.sku());
        Optional<Product> before = products.findById(product.sku());
        upsert(product, before.isPresent());
        ProductView after = ProductView.of(product);
        audit.record(actor, before.isPresent() ? "product.update" : "product.create", "product", product.sku(),
                before.map(ProductView::of).orElse(null), after);
        return after;
    }

    @Transactional
    public SegmentView putSegment(String id, SegmentRequest r, String actor) {
        CatalogValidation.checkId("id", id);
        CatalogValidation v = new CatalogValidation("");
        String name = v.required("name", r.name(), 200);
        String description = v.optional("description", r.description(), 1000);
        v.throwIfAny();
        Segment segment = new Segment(id, name, description, now());
        Optional<Segment> before = segments.findById(id);
        upsert(segment, before.isPresent());
        SegmentView after = SegmentView.of(segment);
        audit.record(actor, before.isPresent() ? "segment.update" : "segment.create", "segment", id,
                before.map(SegmentView::of).orElse(null), after);
        return after;
    }

    @Transactional
    public StoreView putStore(String id, StoreRequest r, String actor) {
        CatalogValidation.checkId("id", id);
        CatalogValidation v = new CatalogValidation("");
        String name = v.required("name", r.name(), 200);
        if (r.segment() != null && !segments.existsById(r.segment())) {
            v.invalid("segment", "is not a known segment");
        }
        v.throwIfAny();
        evictAfterCommit(storeCache, id);
        Store store = new Store(id, name, r.segment(), now());
        Optional<Store> before = stores.findById(id);
        upsert(store, before.isPresent());
        StoreView after = StoreView.of(store);
        audit.record(actor, before.isPresent() ? "store.update" : "store.create", "store", id,
                before.map(StoreView::of).orElse(null), after);
        return after;
    }

    @Transactional
    public CustomerView putCustomer(String id, CustomerRequest r, String actor) {
        CatalogValidation.checkId("id", id);
        CatalogValidation v = new CatalogValidation("");
        if (r.segment() != null && !segments.existsById(r.segment())) {
            v.invalid("segment", "is not a known segment");
        }
        if (r.homeStore() != null && !stores.existsById(r.homeStore())) {
            v.invalid("homeStore", "is not a known store");
        }
        List<String> tags = r.tags() == null ? List.of() : r.tags();
        if (tags.size() > 50) {
            v.invalid("tags", "must have at most 50 tags");
        }
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i) == null || !CatalogValidation.TAG.matcher(tags.get(i)).matches()) {
                v.invalid("tags[" + i + "]", "must be 1-64 lower-case letters, digits, '_' or '-'");
            }
        }
        v.throwIfAny();
        evictAfterCommit(customerCache, id);
        Customer customer = new Customer(id, r.segment(), r.homeStore(), now(),
                new LinkedHashSet<>(tags).stream().map(Customer.CustomerTag::new).collect(Collectors.toSet()));
        Optional<Customer> before = customers.findById(id);
        upsert(customer, before.isPresent());
        CustomerView after = CustomerView.of(customer);
        audit.record(actor, before.isPresent() ? "customer.update" : "customer.create", "customer", id,
                before.map(CustomerView::of).orElse(null), after);
        return after;
    }

    /**
     * Evicts now and again after commit: a concurrent quote that reloads the entry between the two
     * reads the old row, and the second eviction makes sure that value does not stay.
     */
    private static void evictAfterCommit(LoadingCache<String, ?> cache, String key) {
        cache.invalidate(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.invalidate(key);
                }
            });
        }
    }

    /** Whole seconds, as MariaDB stores them through mysql-connector-j; the audit trail then matches the row. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private void upsert(Object aggregate, boolean exists) {
        if (exists) {
            aggregates.update(aggregate);
        } else {
            aggregates.insert(aggregate);
        }
    }

    // Reads -------------------------------------------------------------------------------------------

    public ProductView product(String sku) {
        return products.findById(sku).map(ProductView::of).orElseThrow(() -> ProblemException.notFound("Product " + sku));
    }

    public SegmentView segment(String id) {
        return segments.findById(id).map(SegmentView::of).orElseThrow(() -> ProblemException.notFound("Segment " + id));
    }

    public StoreView store(String id) {
        return stores.findById(id).map(StoreView::of).orElseThrow(() -> ProblemException.notFound("Store " + id));
    }

    public CustomerView customer(String id) {
        return customers.findById(id).map(CustomerView::of)
                .orElseThrow(() -> ProblemException.notFound("Customer " + id));
    }

    public PageResponse<ProductView> products(int page, int size) {
        return page(products, page, size, "sku", ProductView::of);
    }

    public PageResponse<SegmentView> segments(int page, int size) {
        return page(segments, page, size, "id", SegmentView::of);
    }

    public PageResponse<StoreView> stores(int page, int size) {
        return page(stores, page, size, "id", StoreView::of);
    }

    public PageResponse<CustomerView> customers(int page, int size) {
        return page(customers, page, size, "id", CustomerView::of);
    }

    private static <T, V> PageResponse<V> page(PagingAndSortingRepository<T, String> repository, int page, int size,
            String sortBy, Function<T, V> view) {
        Paging.check(page, size);
        Page<T> result = repository.findAll(PageRequest.of(page, size, Sort.by(sortBy)));
        return new PageResponse<>(result.getContent().stream().map(view).toList(), page, size,
                result.getTotalElements());
    }

    // Look-ups for pricing ----------------------------------------------------------------------------

    public Map<String, Product> productsBySku(Collection<String> skus) {
        Map<String, Product> found = new java.util.HashMap<>();
        productCache.getAll(Set.copyOf(skus)).forEach((sku, product) -> product.ifPresent(p -> found.put(sku, p)));
        return found;
    }

    public Optional<Customer> findCustomer(String id) {
        return id == null ? Optional.empty() : customerCache.get(id);
    }

    public Optional<Store> findStore(String id) {
        return id == null ? Optional.empty() : storeCache.get(id);
    }

    /** A cart's SKUs in one query; SKUs not found load as empty, so they are cached as unknown. */
    private record ProductLoader(ProductRepository products) implements CacheLoader<String, Optional<Product>> {

        @Override
        public Optional<Product> load(String sku) {
            return products.findById(sku);
        }

        @Override
        public Map<String, Optional<Product>> loadAll(Set<? extends String> skus) {
            Map<String, Optional<Product>> loaded = new java.util.HashMap<>();
            skus.forEach(sku -> loaded.put(sku, Optional.empty()));
            products.findAllById(Set.copyOf(skus)).forEach(p -> loaded.put(p.sku(), Optional.of(p)));
            return loaded;
        }
    }

    /** Up to {@code limit} stores by id, to offer as choices in forms. */
    public List<Store> someStores(int limit) {
        return stores.findAll(PageRequest.of(0, limit, Sort.by("id"))).getContent();
    }

    /** Up to {@code limit} customers by id, to offer as choices in forms (e.g. a preview cart's customer). */
    public List<Customer> someCustomers(int limit) {
        return customers.findAll(PageRequest.of(0, limit, Sort.by("id"))).getContent();
    }

    /** Up to {@code limit} products, for smoke-testing releases. */
    public List<Product> sampleProducts(int limit) {
        return products.findAll(PageRequest.of(0, limit, Sort.by("sku"))).getContent();
    }

    public List<String> segmentIds() {
        List<String> ids = new java.util.ArrayList<>(segments.findAll().stream().map(Segment::id).toList());
        if (!ids.contains(Segment.DEFAULT)) {
            ids.add(Segment.DEFAULT);
        }
        return ids;
    }

    /** Customers per segment: the reach a stand-in uplift curve scales with. */
    public Map<String, Long> customersPerSegment() {
        Map<String, Long> reach = new java.util.HashMap<>();
        customers.findAll().forEach(c -> {
            if (c.segmentId() != null) {
                reach.merge(c.segmentId(), 1L, Long::sum);
            }
        });
        return reach;
    }

    public long productCount() {
        return products.count();
    }
}
