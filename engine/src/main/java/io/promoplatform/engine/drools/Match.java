package io.promoplatform.engine.drools;

import io.promoplatform.rules.guided.Effect;

/** One report from a consequence: this rule applies to this line, with this effect. */
public record Match(RuleMeta meta, int lineNo, Effect effect) {

    public Match {
        if (effect == null) {
            effect = meta.effect();
        }
        if (effect == null) {
            throw new IllegalArgumentException("rule " + meta.drlName() + " reported no effect");
        }
    }
}
