package io.promoplatform.engine.quote;

/** A rule that changed at least one line of the quote. */
public record AppliedRule(String ruleId, int ruleRevision, String name, String kind) {
}
