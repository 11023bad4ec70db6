package io.promoplatform.web.rule;

import io.promoplatform.engine.release.RuleSource;
import io.promoplatform.rules.guided.GuidedRule;
import io.promoplatform.rules.guided.RuleKind;

/** A validated rule body: guided (with its model) or raw DRL, and the canonical JSON that is stored. */
record ParsedRule(RuleFormat format, String name, RuleKind kind, int priority, GuidedRule guided, String drl,
        String canonicalJson) {

    RuleSource source(String ruleId, int revision) {
        return guided != null ? RuleSource.guided(ruleId, revision, guided)
                : RuleSource.drl(ruleId, revision, name, kind, priority, drl);
    }
}
