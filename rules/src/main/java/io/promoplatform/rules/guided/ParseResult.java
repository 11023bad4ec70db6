package io.promoplatform.rules.guided;

import java.util.List;
import java.util.Objects;

/**
 * What {@link GuidedRuleParser#parse} found: either a rule and no errors, or no rule and every problem
 * found, in the order the parser checks them.
 */
public record ParseResult(GuidedRule rule, List<FieldError> errors) {

    public ParseResult {
        errors = List.copyOf(errors);
        if ((rule == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a parse result holds either a rule or errors");
        }
    }

    static ParseResult valid(GuidedRule rule) {
        return new ParseResult(Objects.requireNonNull(rule), List.of());
    }

    static ParseResult invalid(List<FieldError> errors) {
        return new ParseResult(null, errors);
    }

    public boolean isValid() {
        return rule != null;
    }
}
