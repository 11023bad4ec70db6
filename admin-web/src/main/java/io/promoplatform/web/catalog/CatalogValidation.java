package io.promoplatform.web.catalog;

import io.promoplatform.rules.Currencies;
import io.promoplatform.rules.Money;
import io.promoplatform.web.system.ValidationProblem;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Field checks shared by the JSON API and the CSV import. Missing required fields are shape errors
 * (400); values that are present but unacceptable are business errors (422).
 */
final class CatalogValidation {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final String prefix;
    private final List<FieldProblem> missing = new ArrayList<>();
    private final List<FieldProblem> invalid = new ArrayList<>();

    CatalogValidation(String prefix) {
        this.prefix = prefix;
    }

    String required(String field, String value, int maxLength) {
        if (value == null) {
            missing.add(new FieldProblem(prefix + field, "is required"));
            return null;
        }
        if (value.isBlank() || value.length() > maxLength) {
            invalid.add(new FieldProblem(prefix + field, "must have 1 to " + maxLength + " characters"));
            return null;
        }
        return value.strip();
    }

    String optional(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            invalid.add(new FieldProblem(prefix + field, "must have at most " + maxLength + " characters"));
            return null;
        }
        return value == null ? "" : value.strip();
    }

    Optional<Currency> currency(String field, String code) {
        if (code == null) {
            missing.add(new FieldProblem(prefix + field, "is required"));
            return Optional.empty();
        }
        Optional<Currency> currency = Currencies.find(code);
        if (currency.isEmpty()) {
            invalid.add(new FieldProblem(prefix + field, "is not a known ISO 4217 currency code"));
        }
        return currency;
    }

    BigDecimal money(String field, String text, Currency currency) {
        if (text == null) {
            missing.add(new FieldProblem(prefix + field, "is required"));
            return null;
        }
        if (currency == null) {
            return null;
        }
        try {
            BigDecimal value = Money.parse(text, currency);
            if (value.signum() < 0) {
                invalid.add(new FieldProblem(prefix + field, "must not be negative"));
                return null;
            }
            return value;
        } catch (IllegalArgumentException e) {
            invalid.add(new FieldProblem(prefix + field, e.getMessage()));
            return null;
        }
    }

    void invalid(String field, String message) {
        invalid.add(new FieldProblem(prefix + field, message));
    }

    boolean ok() {
        return missing.isEmpty() && invalid.isEmpty();
    }

    List<FieldProblem> problems() {
        List<FieldProblem> all = new ArrayList<>(missing);
        all.addAll(invalid);
        return all;
    }

    /** Throws the collected problems: 400 if anything required was missing, 422 otherwise. */
    void throwIfAny() {
        if (!missing.isEmpty()) {
            throw new ValidationProblem(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "Required fields are missing.", problems());
        }
        if (!invalid.isEmpty()) {
            throw ValidationProblem.unprocessable(invalid);
        }
    }

    static void checkId(String kind, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw ValidationProblem.unprocessable(kind,
                    "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }
}
