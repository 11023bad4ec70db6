package io.promoplatform.engine.release;

import io.promoplatform.engine.drools.CompiledRules;
import java.util.List;

/**
 * An immutable, ready-to-run rule set; a quote is priced by exactly one. {@code compiled} is null only
 * for a release without rules.
 */
public record Release(long number, List<ReleasedRule> rules, CompiledRules compiled) {

    public Release {
        rules = List.copyOf(rules);
    }

    public Release(long number, List<ReleasedRule> rules) {
        this(number, rules, null);
    }

    /** Release 0: no rules, every cart at list price. */
    public static Release empty() {
        return new Release(0, List.of(), null);
    }
}
