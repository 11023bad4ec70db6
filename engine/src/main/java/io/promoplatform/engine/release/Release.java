package io.promoplatform.engine.release;

import java.util.List;

/** An immutable, ready-to-run rule set; a quote is priced by exactly one. */
public record Release(long number, List<ReleasedRule> rules) {

    public Release {
        rules = List.copyOf(rules);
    }

    /** Release 0: no rules, every cart at list price. */
    public static Release empty() {
        return new Release(0, List.of());
    }
}
