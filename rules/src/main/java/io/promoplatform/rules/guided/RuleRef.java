package io.promoplatform.rules.guided;

/** A guided rule as it stands in a release: its id (e.g. {@code R-12}) and revision. */
public record RuleRef(String ruleId, int revision, GuidedRule rule) {

    /** The numeric part of the id, for the "ties by rule id ascending" order. */
    public long idNumber() {
        return Long.parseLong(ruleId.substring(ruleId.indexOf('-') + 1));
    }
}
