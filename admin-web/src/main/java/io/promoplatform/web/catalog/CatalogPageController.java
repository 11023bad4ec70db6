package io.promoplatform.web.catalog;

import io.promoplatform.web.catalog.CatalogPageForms.ImportRowError;
import io.promoplatform.web.catalog.CatalogPageForms.ProductForm;
import io.promoplatform.web.security.Actor;
import io.promoplatform.web.system.AdminPage;
import io.promoplatform.web.system.Flash;
import io.promoplatform.web.system.FormErrors;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalog in the browser: paged lists for every role; product create/edit and CSV import for
 * marketers (the browser chain refuses their POSTs to others; the form pages refuse here).
 */
@AdminPage
class CatalogPageController {

    static final int PAGE_SIZE = 25;

    private final CatalogService catalog;
    private final ProductImport productImport;
    private final RoleHierarchy roles;
    private final Flash flash;

    CatalogPageController(CatalogService catalog, ProductImport productImport, RoleHierarchy roles, Flash flash) {
        this.catalog = catalog;
        this.productImport = productImport;
        this.roles = roles;
        this.flash = flash;
    }

    @ModelAttribute("canEdit")
    boolean canEdit(Authentication auth) {
        return auth != null && roles.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
                .anyMatch(a -> "ROLE_MARKETER".equals(a.getAuthority()));
    }

    @GetMapping("/catalog")
    String catalog() {
        return "redirect:/catalog/products";
    }

    @GetMapping("/catalog/products")
    String products(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("products", catalog.products(Math.max(page, 0), PAGE_SIZE));
        return "catalog/products";
    }

    @GetMapping("/catalog/segments")
    String segments(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("segments", catalog.segments(Math.max(page, 0), PAGE_SIZE));
        return "catalog/segments";
    }

    @GetMapping("/catalog/stores")
    String stores(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("stores", catalog.stores(Math.max(page, 0), PAGE_SIZE));
        return "catalog/stores";
    }

    @GetMapping("/catalog/customers")
    String customers(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("customers", catalog.customers(Math.max(page, 0), PAGE_SIZE));
        return "catalog/customers";
    }

    @GetMapping("/catalog/products/new")
    String newProduct(Authentication auth, Model model) {
        requireMarketer(auth);
        model.addAttribute("form", new ProductForm(null, null, null, null, null, null, "USD"));
        model.addAttribute("creating", true);
        model.addAttribute("fieldErrors", java.util.Map.of());
        return "catalog/product-form";
    }

    @GetMapping("/catalog/products/{sku}/edit")
    String editProduct(@PathVariable String sku, Authentication auth, Model model) {
        requireMarketer(auth);
        model.addAttribute("form", ProductForm.of(catalog.product(sku)));
        model.addAttribute("creating", false);
        model.addAttribute("fieldErrors", java.util.Map.of());
        return "catalog/product-form";
    }

    @PostMapping("/catalog/products")
    String createProduct(@ModelAttribute("form") ProductForm form, Model model, RedirectAttributes redirect) {
        String sku = form.sku() == null ? "" : form.sku().strip();
        if (exists(sku)) {
            return refused(model, true, ValidationProblem.unprocessable("sku", flash.text("catalog.product.sku.taken")));
        }
        return save(sku, form, true, model, redirect);
    }

    @PostMapping("/catalog/products/{sku}")
    String updateProduct(@PathVariable String sku, @ModelAttribute("form") ProductForm form, Model model,
            RedirectAttributes redirect) {
        catalog.product(sku);
        return save(sku, form.withSku(sku), false, model, redirect);
    }

    private String save(String sku, ProductForm form, boolean creating, Model model, RedirectAttributes redirect) {
        try {
            catalog.putProduct(sku, form.request(), Actor.current());
        } catch (ValidationProblem e) {
            return refused(model, creating, e);
        }
        flash.success(redirect, creating ? "catalog.product.created" : "catalog.product.updated", sku);
        return "redirect:/catalog/products";
    }

    private static String refused(Model model, boolean creating, ValidationProblem problem) {
        FormErrors.addTo(model, problem);
        model.addAttribute("creating", creating);
        return "catalog/product-form";
    }

    @GetMapping("/catalog/import")
    String importForm(Authentication auth) {
        requireMarketer(auth);
        return "catalog/import";
    }

    @PostMapping("/catalog/import")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("rowErrors", List.of(new ImportRowError(null, null, null,
                    flash.text("catalog.import.noFile"))));
            return "catalog/import";
        }
        try {
            ProductImport.ImportResult result = productImport.importCsv(
                    new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8), Actor.current());
            flash.success(redirect, "catalog.import.done", result.imported(), result.created(), result.updated());
            return "redirect:/catalog/products";
        } catch (ValidationProblem e) {
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("rowErrors", e.errors().stream().map(ImportRowError::of).toList());
            return "catalog/import";
        }
    }

    private boolean exists(String sku) {
        try {
            catalog.product(sku);
            return true;
        } catch (ProblemException notFound) {
            return false;
        }
    }

    private void requireMarketer(Authentication auth) {
        if (!canEdit(auth)) {
            throw new AccessDeniedException("catalog edits are for marketers");
        }
    }
}
