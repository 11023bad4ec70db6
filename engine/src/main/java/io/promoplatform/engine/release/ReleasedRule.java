package io.promoplatform.engine.release;

/** A rule revision as it stands in a release. */
public record ReleasedRule(String ruleId, int revision, String name, String kind) {
}
