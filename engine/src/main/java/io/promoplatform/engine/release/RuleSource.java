package io.promoplatform.engine.release;

import io.promoplatform.rules.guided.GuidedRule;
import io.promoplatform.rules.guided.RuleKind;
import java.util.Objects;

/**
 * A rule revision to compile into a release: either a guided rule or raw DRL (ADMIN only). Raw DRL
 * carries only what its envelope says: name, kind and priority; it is always stackable and in no group.
 */
public record RuleSource(String ruleId, int revision, String name, RuleKind kind, int priority, GuidedRule guided,
        String drl) {

    public RuleSource {
        Objects.requireNonNull(ruleId);
        if ((guided == null) == (drl == null)) {
            throw new IllegalArgumentException("a rule source is either guided or raw DRL");
        }
    }

    public static RuleSource guided(String ruleId, int revision, GuidedRule rule) {
        return new RuleSource(ruleId, revision, rule.name(), rule.kind(), rule.priority(), rule, null);
    }

    public static RuleSource drl(String ruleId, int revision, String name, RuleKind kind, int priority, String drl) {
        return new RuleSource(ruleId, revision, name, kind, priority, null, drl);
    }

    public long idNumber() {
        return Long.parseLong(ruleId.substring(ruleId.indexOf('-') + 1));
    }
}
