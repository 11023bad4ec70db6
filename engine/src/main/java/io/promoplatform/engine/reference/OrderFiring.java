package io.promoplatform.engine.reference;

import io.promoplatform.engine.quote.OrderAdjustment;
import io.promoplatform.rules.guided.RuleRef;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order rule that applied: what it asked for in total and its per-line allocations. Its applied total
 * is read from the allocations at the end, after guards and budgets have cut them.
 */
record OrderFiring(RuleRef rule, BigDecimal desiredAmount, List<LineAdjustment> allocations) {

    OrderFiring {
        allocations = List.copyOf(allocations);
    }

    OrderAdjustment toOrderAdjustment() {
        BigDecimal amount = allocations.stream().map(LineAdjustment::amount)
                .reduce(BigDecimal.ZERO.setScale(desiredAmount.scale()), BigDecimal::add);
        return new OrderAdjustment(rule.ruleId(), rule.revision(), rule.rule().name(), amount, desiredAmount,
                rule.rule().campaign());
    }
}
