package io.promoplatform.engine.drools;

import io.promoplatform.rules.guided.Effect;
import io.promoplatform.rules.guided.EffectType;
import io.promoplatform.rules.guided.RuleKind;
import io.promoplatform.rules.guided.Stacking;
import java.util.Comparator;

/**
 * What the engine knows about one DRL rule of a release: the rule revision it belongs to and, for
 * guided rules, the effect and the stacking attributes. {@code effect} is null for raw DRL, whose
 * consequences name their effect when they report a match.
 */
public record RuleMeta(
        String drlName,
        String ruleId,
        int revision,
        String name,
        RuleKind kind,
        int priority,
        long idNumber,
        Stacking stacking,
        String group,
        String campaign,
        String couponCode,
        Effect effect) {

    /** PRICING.md: priority, higher first; ties by rule id ascending; then DRL rule name for raw DRL. */
    public static final Comparator<RuleMeta> FIRING_ORDER = Comparator.comparingInt(RuleMeta::priority).reversed()
            .thenComparingLong(RuleMeta::idNumber).thenComparing(RuleMeta::drlName);

    /**
     * A release names each DRL rule once, so the name with the revision identifies the meta; the
     * record's generated hash walked the whole effect on every match a quote collected (measured: the
     * hottest method under load).
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RuleMeta m && drlName.equals(m.drlName) && revision == m.revision
                && java.util.Objects.equals(ruleId, m.ruleId);
    }

    @Override
    public int hashCode() {
        return drlName.hashCode() * 31 + revision;
    }

    public boolean exclusive() {
        return stacking == Stacking.EXCLUSIVE;
    }

    public EffectType.Scope scopeOf(Effect reported) {
        return (effect != null ? effect : reported).type().scope();
    }
}
