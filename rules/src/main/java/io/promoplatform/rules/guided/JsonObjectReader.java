package io.promoplatform.rules.guided;

import io.promoplatform.rules.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object for {@link GuidedRuleParser}. Every accessor records a
 * {@link FieldError} under the field's full path and answers null (or an empty list) instead of
 * throwing, so a single pass reports every problem of a document. A JSON {@code null} counts as absent.
 */
final class JsonObjectReader {

    static final int MAX_LIST_SIZE = 500;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?\\d{1,9}(\\.\\d{1,9})?");
    /** Percentages beyond four decimals add nothing a marketer can mean, and unbounded scales cost memory. */
    private static final int MAX_PERCENT_DECIMALS = 4;

    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;

    JsonObjectReader(JsonNode node, String path, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void error(String field, String message) {
        errors.add(new FieldError(pathOf(field), message));
    }

    /** Records a problem with this object as a whole. */
    void errorHere(String message) {
        errors.add(new FieldError(path, message));
    }

    boolean isEmpty() {
        return node.isEmpty();
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    void rejectUnknown(Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                error(name, "is not a known field");
            }
        }
    }

    void rejectIfPresent(String field, String message) {
        if (has(field)) {
            error(field, message);
        }
    }

    /** Records "is required" when the field is absent; answers whether it is present. */
    boolean require(String field) {
        if (has(field)) {
            return true;
        }
        error(field, "is required");
        return false;
    }

    /** A non-blank string of at most {@code maxLength} characters, or null. */
    String text(String field, int maxLength) {
        return has(field) ? checkedText(node.get(field), pathOf(field), maxLength) : null;
    }

    /** A lower-case id such as a group or campaign id, or null. */
    String id(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isString() || !ID.matcher(value.stringValue()).matches()) {
            error(field, "must be a lower-case id of 1 to 64 letters, digits and dashes, starting with a letter "
                    + "or digit");
            return null;
        }
        return value.stringValue();
    }

    /** A JSON integer in {@code [min, max]}, or null. */
    Integer wholeNumber(String field, int min, int max) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber()) {
            error(field, "must be a whole number");
            return null;
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            error(field, "must be between " + min + " and " + max);
            return null;
        }
        return value.intValue();
    }

    /**
     * A money string with at most the currency's minor digits, positive (or, with {@code zeroAllowed},
     * non-negative), at the currency's scale; or null. Money is never a JSON number (API.md).
     */
    BigDecimal money(String field, Currency currency, boolean zeroAllowed) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isString()) {
            error(field, "must be a money string such as \"20.00\", not a JSON " + kindOf(value));
            return null;
        }
        BigDecimal amount;
        try {
            amount = Money.parse(value.stringValue(), currency);
        } catch (IllegalArgumentException invalid) {
            error(field, invalid.getMessage());
            return null;
        }
        int sign = amount.signum();
        if (sign < 0 || (sign == 0 && !zeroAllowed)) {
            error(field, zeroAllowed ? "must not be negative" : "must be greater than 0");
            return null;
        }
        return amount;
    }

    /**
     * A percentage given as a decimal string ({@code "12.5"}) or a JSON number, within {@code range}, with
     * at most four decimals; or null. The value is normalised ({@code "10.0"} and {@code 10} both read as
     * 10) so that equal percentages make equal rules.
     */
    BigDecimal percent(String field, PercentRange range) {
        if (!has(field)) {
            return null;
        }
        BigDecimal percent = decimal(field, node.get(field));
        if (percent == null) {
            return null;
        }
        if (percent.stripTrailingZeros().scale() > MAX_PERCENT_DECIMALS) {
            error(field, "must have at most " + MAX_PERCENT_DECIMALS + " decimal places");
            return null;
        }
        if (!range.contains(percent)) {
            error(field, "must be " + range.describe());
            return null;
        }
        return normalise(percent);
    }

    /** One of the enum's constant names, exactly; or null. */
    <E extends Enum<E>> E constant(String field, Class<E> type) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        for (E constant : type.getEnumConstants()) {
            if (value.isString() && constant.name().equals(value.stringValue())) {
                return constant;
            }
        }
        error(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
        return null;
    }

    /** An ISO-8601 timestamp with an offset ({@code 2026-11-01T00:00:00Z}), or null. */
    Instant instant(String field) {
        if (!has(field)) {
            return null;
        }
        Instant instant = parseInstant(node.get(field));
        if (instant == null) {
            error(field, "must be an ISO-8601 timestamp with an offset, such as \"2026-11-01T00:00:00Z\"");
        }
        return instant;
    }

    /** A finite JSON number (a model signal, not money), or null. */
    Double number(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            error(field, "must be a finite JSON number");
            return null;
        }
        return value.doubleValue();
    }

    /**
     * A non-empty array of at most {@link #MAX_LIST_SIZE} non-blank strings of at most {@code maxLength}
     * characters; an empty list when absent or invalid. An explicit empty array is refused: read as "no
     * condition" it would silently widen a rule whose last entry was deleted.
     */
    List<String> texts(String field, int maxLength) {
        JsonNode array = array(field);
        if (array == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            texts.add(checkedText(array.get(i), pathOf(field) + "[" + i + "]", maxLength));
        }
        return texts.contains(null) ? List.of() : texts;
    }

    /** The nested object, or null when absent or not an object. */
    JsonObjectReader object(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isObject()) {
            error(field, "must be a JSON object");
            return null;
        }
        return new JsonObjectReader(value, pathOf(field), errors);
    }

    /** Readers for a non-empty array of objects; an empty list when absent or invalid. */
    List<JsonObjectReader> objects(String field) {
        JsonNode array = array(field);
        if (array == null) {
            return List.of();
        }
        List<JsonObjectReader> objects = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String elementPath = pathOf(field) + "[" + i + "]";
            if (array.get(i).isObject()) {
                objects.add(new JsonObjectReader(array.get(i), elementPath, errors));
            } else {
                errors.add(new FieldError(elementPath, "must be a JSON object"));
            }
        }
        return objects.size() == array.size() ? objects : List.of();
    }

    private JsonNode array(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            error(field, "must be a JSON array");
            return null;
        }
        if (value.isEmpty()) {
            error(field, "must not be empty (leave the field out instead)");
            return null;
        }
        if (value.size() > MAX_LIST_SIZE) {
            error(field, "must have at most " + MAX_LIST_SIZE + " elements");
            return null;
        }
        return value;
    }

    private String checkedText(JsonNode value, String fieldPath, int maxLength) {
        if (!value.isString()) {
            errors.add(new FieldError(fieldPath, "must be a string"));
            return null;
        }
        String text = value.stringValue();
        if (text.isBlank()) {
            errors.add(new FieldError(fieldPath, "must not be blank"));
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            errors.add(new FieldError(fieldPath, "must be at most " + maxLength + " characters"));
            return null;
        }
        return text;
    }

    private BigDecimal decimal(String field, JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isString() && DECIMAL_TEXT.matcher(value.stringValue()).matches()) {
            return new BigDecimal(value.stringValue());
        }
        error(field, "must be a decimal such as \"12.5\" (a string or a JSON number)");
        return null;
    }

    private static Instant parseInstant(JsonNode value) {
        if (!value.isString()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.stringValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notATimestamp) {
            return null;
        }
    }

    private static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String kindOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            default -> "value";
        };
    }

    /** The closed or half-open interval a percentage must fall in; the upper bound is always inclusive. */
    record PercentRange(BigDecimal min, boolean minInclusive, BigDecimal max) {

        /** Promotions: a discount of nothing is not a discount, all of it is allowed. */
        static final PercentRange DISCOUNT = new PercentRange(BigDecimal.ZERO, false, BigDecimal.valueOf(100));
        /** MAX_DISCOUNT_PERCENT 0 forbids any discount (floor = list); 100 allows all of it. */
        static final PercentRange MAX_DISCOUNT = new PercentRange(BigDecimal.ZERO, true, BigDecimal.valueOf(100));
        /** MIN_MARGIN_PERCENT is a markup on cost: 0 means "never below cost", cheap goods carry 200 % and more. */
        static final PercentRange MARKUP = new PercentRange(BigDecimal.ZERO, true, BigDecimal.valueOf(1000));

        boolean contains(BigDecimal value) {
            int fromMin = value.compareTo(min);
            return (minInclusive ? fromMin >= 0 : fromMin > 0) && value.compareTo(max) <= 0;
        }

        String describe() {
            return minInclusive
                    ? "between " + min.toPlainString() + " and " + max.toPlainString()
                    : "greater than " + min.toPlainString() + " and at most " + max.toPlainString();
        }
    }
}
