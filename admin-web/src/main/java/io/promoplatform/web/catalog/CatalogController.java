package io.promoplatform.web.catalog;

import io.promoplatform.web.catalog.CatalogRequests.CustomerRequest;
import io.promoplatform.web.catalog.CatalogRequests.ProductRequest;
import io.promoplatform.web.catalog.CatalogRequests.SegmentRequest;
import io.promoplatform.web.catalog.CatalogRequests.StoreRequest;
import io.promoplatform.web.catalog.CatalogViews.CustomerView;
import io.promoplatform.web.catalog.CatalogViews.ProductView;
import io.promoplatform.web.catalog.CatalogViews.SegmentView;
import io.promoplatform.web.catalog.CatalogViews.StoreView;
import io.promoplatform.web.security.Actor;
import io.promoplatform.web.system.PageResponse;
import io.promoplatform.web.system.ValidationProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Catalog", description = "Products, segments, stores and customers")
class CatalogController {

    private final CatalogService catalog;
    private final ProductImport productImport;

    CatalogController(CatalogService catalog, ProductImport productImport) {
        this.catalog = catalog;
        this.productImport = productImport;
    }

    @Operation(summary = "Create or replace a product")
    @PutMapping("/products/{sku}")
    ProductView putProduct(@PathVariable String sku, @RequestBody ProductRequest request) {
        return catalog.putProduct(sku, request, Actor.current());
    }

    @GetMapping("/products/{sku}")
    ProductView product(@PathVariable String sku) {
        return catalog.product(sku);
    }

    @GetMapping("/products")
    PageResponse<ProductView> products(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return catalog.products(page, size);
    }

    @Operation(summary = "Create or replace a segment")
    @PutMapping("/segments/{id}")
    SegmentView putSegment(@PathVariable String id, @RequestBody SegmentRequest request) {
        return catalog.putSegment(id, request, Actor.current());
    }

    @GetMapping("/segments/{id}")
    SegmentView segment(@PathVariable String id) {
        return catalog.segment(id);
    }

    @GetMapping("/segments")
    PageResponse<SegmentView> segments(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return catalog.segments(page, size);
    }

    @Operation(summary = "Create or replace a store")
    @PutMapping("/stores/{id}")
    StoreView putStore(@PathVariable String id, @RequestBody StoreRequest request) {
        return catalog.putStore(id, request, Actor.current());
    }

    @GetMapping("/stores/{id}")
    StoreView store(@PathVariable String id) {
        return catalog.store(id);
    }

    @GetMapping("/stores")
    PageResponse<StoreView> stores(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return catalog.stores(page, size);
    }

    @Operation(summary = "Create or replace a customer")
    @PutMapping("/customers/{id}")
    CustomerView putCustomer(@PathVariable String id, @RequestBody CustomerRequest request) {
        return catalog.putCustomer(id, request, Actor.current());
    }

    @GetMapping("/customers/{id}")
    CustomerView customer(@PathVariable String id) {
        return catalog.customer(id);
    }

    @GetMapping("/customers")
    PageResponse<CustomerView> customers(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return catalog.customers(page, size);
    }

    @Operation(summary = "Import products from CSV (header sku,name,brand,category,listPrice,cost,currency); "
            + "all rows or none")
    @PostMapping(value = "/catalog/import", consumes = "text/csv")
    ProductImport.ImportResult importCsv(@RequestBody byte[] body) {
        return productImport.importCsv(new InputStreamReader(new java.io.ByteArrayInputStream(body),
                StandardCharsets.UTF_8), Actor.current());
    }

    @PostMapping(value = "/catalog/import", consumes = "multipart/form-data")
    ProductImport.ImportResult importUpload(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw ValidationProblem.badRequest("file", "a CSV file part named 'file' is required");
        }
        return productImport.importCsv(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8),
                Actor.current());
    }
}
