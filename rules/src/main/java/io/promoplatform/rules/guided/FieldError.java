package io.promoplatform.rules.guided;

/**
 * One problem with a guided rule document. {@code field} is a JSON path in the API's notation
 * ({@code conditions.skus[1]}, {@code effect.tiers[0].minSubtotal}), or {@code body} when the document
 * itself is unreadable; {@code message} completes the sentence "the field ...".
 */
public record FieldError(String field, String message) {
}
