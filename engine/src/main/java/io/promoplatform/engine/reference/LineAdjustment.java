package io.promoplatform.engine.reference;

import io.promoplatform.engine.quote.Adjustment;
import io.promoplatform.rules.guided.RuleRef;
import io.promoplatform.rules.guided.Stacking;
import java.math.BigDecimal;

/**
 * One promotion's adjustment of one line while the quote is being priced. Guards and budgets move
 * {@code amount} toward zero; {@code desiredAmount} keeps what the rule asked for. {@code sequence} is
 * the quote-wide order of application, which "last applied first" walks backwards.
 */
final class LineAdjustment {

    private static final String PROMOTION = "PROMOTION";

    private final RuleRef rule;
    private final int lineNo;
    private final long sequence;
    private final BigDecimal desiredAmount;
    private BigDecimal amount;

    LineAdjustment(RuleRef rule, int lineNo, long sequence, BigDecimal amount) {
        this.rule = rule;
        this.lineNo = lineNo;
        this.sequence = sequence;
        this.desiredAmount = amount;
        this.amount = amount;
    }

    RuleRef rule() {
        return rule;
    }

    int lineNo() {
        return lineNo;
    }

    long sequence() {
        return sequence;
    }

    BigDecimal amount() {
        return amount;
    }

    boolean isExclusive() {
        return rule.rule().stacking() == Stacking.EXCLUSIVE;
    }

    String campaign() {
        return rule.rule().campaign();
    }

    /** Gives back up to {@code wanted} of the discount (never more than it has); answers what it gave back. */
    BigDecimal restore(BigDecimal wanted) {
        BigDecimal restored = wanted.min(amount.negate());
        amount = amount.add(restored);
        return restored;
    }

    Adjustment toAdjustment() {
        return new Adjustment(rule.ruleId(), rule.revision(), rule.rule().name(), PROMOTION, amount, desiredAmount,
                campaign());
    }
}
