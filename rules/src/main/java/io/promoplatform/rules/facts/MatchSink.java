package io.promoplatform.rules.facts;

import io.promoplatform.rules.guided.Effect;

/**
 * Where rule consequences report what they found. A consequence never changes a price itself: it says
 * "rule R applies to line L" (with the effect, for raw DRL), and the engine applies every report in
 * PRICING.md's order afterwards. So rules cannot loop through modified facts, and the arithmetic has
 * one home.
 */
public interface MatchSink {

    /**
     * @param ruleName the firing rule's name, which identifies the rule revision
     * @param lineNo   the line the rule applies to
     * @param effect   the effect a raw DRL rule asked for; null for guided rules, whose effect is known
     */
    void matched(String ruleName, int lineNo, Effect effect);
}
