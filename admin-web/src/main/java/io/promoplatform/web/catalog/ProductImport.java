package io.promoplatform.web.catalog;

import io.promoplatform.samples.Csv;
import io.promoplatform.web.catalog.CatalogRequests.ProductRequest;
import io.promoplatform.web.system.ValidationProblem;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of products, all or nothing: every row is validated first and every problem reported
 * (as {@code rows[i].field}, i counting data rows from 0, with the file line in the message); only a
 * file without problems is written, in one transaction.
 */
@Service
public class ProductImport {

    static final List<String> HEADER = List.of("sku", "name", "brand", "category", "listPrice", "cost", "currency");
    static final int MAX_ROWS = 20_000;

    private final CatalogService catalog;
    private final Clock clock;

    ProductImport(CatalogService catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public record ImportResult(int imported, int created, int updated) {
    }

    @Transactional
    public ImportResult importCsv(Reader csv, String actor) {
        List<List<String>> rows = new ArrayList<>();
        try {
            Csv.RowReader reader = new Csv.RowReader(csv);
            for (List<String> row = reader.next(); row != null && rows.size() <= MAX_ROWS + 1; row = reader.next()) {
                rows.add(row);
            }
        } catch (IllegalArgumentException e) {
            throw ValidationProblem.unprocessable("file", "is not valid CSV after row " + rows.size() + ": "
                    + e.getMessage());
        }
        if (rows.isEmpty() || !rows.get(0).stream().map(String::strip).toList().equals(HEADER)) {
            throw ValidationProblem.unprocessable("file", "the first line must be the header " + String.join(",", HEADER));
        }
        if (rows.size() == 1) {
            throw ValidationProblem.unprocessable("file", "has no product rows");
        }
        if (rows.size() > MAX_ROWS + 1) {
            throw ValidationProblem.unprocessable("file", "has more than " + MAX_ROWS + " rows");
        }
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        List<Product> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String prefix = "rows[" + (i - 1) + "].";
            String where = " (line " + (i + 1) + ")";
            if (row.size() != HEADER.size()) {
                problems.add(new FieldProblem("rows[" + (i - 1) + "]",
                        "has " + row.size() + " fields, expected " + HEADER.size() + where));
                continue;
            }
            String sku = row.get(0).strip();
            if (!CatalogValidation.ID.matcher(sku).matches()) {
                problems.add(new FieldProblem(prefix + "sku", "is not a valid SKU" + where));
                continue;
            }
            if (!seen.add(sku)) {
                problems.add(new FieldProblem(prefix + "sku", "repeats an earlier row" + where));
                continue;
            }
            CatalogValidation v = new CatalogValidation(prefix);
            try {
                valid.add(catalog.validProduct(sku, new ProductRequest(blankToNull(row.get(1)), blankToNull(row.get(2)),
                        blankToNull(row.get(3)), blankToNull(row.get(4)), blankToNull(row.get(5)),
                        blankToNull(row.get(6))), v, now));
            } catch (ValidationProblem e) {
                e.errors().forEach(p -> problems.add(new FieldProblem(p.field(), p.message() + where)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationProblem(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
                    "Nothing was imported: " + problems.size() + " problem(s) in the file.", problems);
        }
        Map<String, Product> existing = catalog.productsBySku(seen);
        for (Product product : valid) {
            catalog.saveProduct(product, actor);
        }
        return new ImportResult(valid.size(), valid.size() - existing.size(), existing.size());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
