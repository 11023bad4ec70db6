package io.promoplatform.engine.drools;

import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * A release's compiled form: the KieBase, every DRL rule's meta by name, and the coupon codes the
 * release's rules are gated by (a requested code outside this set is UNKNOWN).
 */
public record CompiledRules(KieBase kieBase, Map<String, RuleMeta> rules, Set<String> couponCodes) {

    public CompiledRules {
        rules = Map.copyOf(rules);
        couponCodes = Set.copyOf(couponCodes);
    }

    /** Finds the meta of a firing rule by its DRL name. */
    public RuleMeta meta(String drlName) {
        RuleMeta meta = rules.get(drlName);
        if (meta == null) {
            throw new IllegalStateException("a rule fired that the release does not know: " + drlName);
        }
        return meta;
    }
}
