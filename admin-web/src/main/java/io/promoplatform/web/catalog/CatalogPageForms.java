package io.promoplatform.web.catalog;

import io.promoplatform.web.catalog.CatalogRequests.ProductRequest;
import io.promoplatform.web.catalog.CatalogViews.ProductView;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the catalog pages bind and show: the product form as typed, and one import problem per row. */
final class CatalogPageForms {

    private CatalogPageForms() {
    }

    /** Blank inputs mean "not given", so the service reports them as required rather than as blank. */
    record ProductForm(String sku, String name, String brand, String category, String listPrice, String cost,
            String currency) {

        static ProductForm of(ProductView p) {
            return new ProductForm(p.sku(), p.name(), p.brand(), p.category(), p.listPrice(), p.cost(), p.currency());
        }

        ProductForm withSku(String sku) {
            return new ProductForm(sku, name, brand, category, listPrice, cost, currency);
        }

        ProductRequest request() {
            return new ProductRequest(blankToNull(name), blankToNull(brand), blankToNull(category),
                    blankToNull(listPrice), blankToNull(cost), blankToNull(currency));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * One import problem: {@code row} counts data rows from 1 and {@code line} is the file's line
     * (the header is line 1); both are null for a problem with the whole file.
     */
    record ImportRowError(Integer row, Integer line, String column, String message) {

        private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)](?:\\.(.+))?");
        private static final Pattern LINE_SUFFIX = Pattern.compile(" \\(line \\d+\\)$");

        static ImportRowError of(FieldProblem p) {
            Matcher m = ROW.matcher(p.field() == null ? "" : p.field());
            String message = LINE_SUFFIX.matcher(p.message()).replaceFirst("");
            if (!m.matches()) {
                return new ImportRowError(null, null, null, message);
            }
            int index = Integer.parseInt(m.group(1));
            return new ImportRowError(index + 1, index + 2, m.group(2), message);
        }
    }
}
