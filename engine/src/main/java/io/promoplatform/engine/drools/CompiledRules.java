package io.promoplatform.engine.drools;

import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A release's compiled form: the KieBase, every DRL rule's meta by name, and the coupon codes the
 * release's rules are gated by (a requested code outside this set is UNKNOWN). Sessions come from a
 * pool: creating a session allocates memory for every node of the network, which at thousands of rules
 * costs milliseconds, while a pooled session is only reset between quotes.
 */
public record CompiledRules(KieBase kieBase, KieSessionsPool sessions, Map<String, RuleMeta> rules,
        Set<String> couponCodes) {

    public CompiledRules {
        rules = Map.copyOf(rules);
        couponCodes = Set.copyOf(couponCodes);
    }

    public CompiledRules(KieBase kieBase, Map<String, RuleMeta> rules, Set<String> couponCodes) {
        this(kieBase, kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2), rules, couponCodes);
    }

    /** Releases the pooled sessions once no quote can use this release any more. */
    public void close() {
        sessions.shutdown();
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
