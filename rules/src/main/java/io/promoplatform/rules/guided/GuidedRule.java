package io.promoplatform.rules.guided;

import java.time.Instant;

/**
 * A rule as marketers author it (PRICING.md "Guided rule"). Built only by {@link GuidedRuleParser},
 * which has validated every field, so the engine and the DRL generator can trust it.
 *
 * @param priority 0..1000, higher first; ties by rule id ascending
 * @param group    optional: per line (or per quote for order effects) at most one rule of a group applies
 * @param campaign optional: the rule's discount is spend against this campaign's budget
 */
public record GuidedRule(
        String name,
        RuleKind kind,
        int priority,
        Stacking stacking,
        String group,
        Instant validFrom,
        Instant validTo,
        String campaign,
        Conditions conditions,
        Effect effect) {
}
