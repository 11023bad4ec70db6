package io.promoplatform.engine.reference;

import io.promoplatform.engine.quote.AppliedRule;
import io.promoplatform.engine.quote.CouponResult;
import io.promoplatform.engine.quote.GuardCut;
import io.promoplatform.engine.quote.PricedLine;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.quote.TraceEvent;
import io.promoplatform.engine.quote.Warning;
import io.promoplatform.rules.Money;
import io.promoplatform.rules.guided.RuleRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The state of one quote while {@link ReferenceEvaluator} prices it: the lines with their adjustments,
 * the order rules that applied, the trace and the warnings. Lives for one call and is never shared.
 */
final class Worksheet {

    private final PricingInput input;
    private final Currency currency;
    private final List<WorksheetLine> lines;
    private final List<OrderFiring> orderFirings = new ArrayList<>();
    private final List<TraceEvent> trace = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    /** Rules by id in the order they first changed something: the order of {@code appliedRules}. */
    private final Map<String, RuleRef> fired = new LinkedHashMap<>();
    private long sequence;

    Worksheet(PricingInput input) {
        this.input = input;
        this.currency = input.currency();
        this.lines = input.lines().stream().map(line -> new WorksheetLine(line, currency)).toList();
    }

    PricingInput input() {
        return input;
    }

    Currency currency() {
        return currency;
    }

    List<WorksheetLine> lines() {
        return lines;
    }

    BigDecimal listSubtotal() {
        return lines.stream().map(WorksheetLine::listTotal).reduce(Money.zero(currency), BigDecimal::add);
    }

    /** Applies a discount (a positive amount) to a line as the next adjustment of the quote. */
    LineAdjustment discount(WorksheetLine line, RuleRef rule, BigDecimal discount) {
        LineAdjustment adjustment = new LineAdjustment(rule, line.lineNo(), ++sequence, discount.negate());
        line.add(adjustment);
        fired.putIfAbsent(rule.ruleId(), rule);
        return adjustment;
    }

    void recordOrderFiring(OrderFiring firing) {
        orderFirings.add(firing);
    }

    void recordGuardCut(WorksheetLine line, RuleRef guard, BigDecimal restored) {
        line.addGuardCut(new GuardCut(guard.ruleId(), guard.revision(), guard.rule().name(), restored));
        fired.putIfAbsent(guard.ruleId(), guard);
    }

    void warn(Warning warning) {
        warnings.add(warning);
    }

    void trace(TraceStep step, RuleRef rule, int lineNo, BigDecimal amount, String note) {
        trace.add(new TraceEvent(step.label(), rule.ruleId(), rule.revision(), lineNo, amount, note));
    }

    /** Every adjustment of the quote, the last applied first. */
    List<LineAdjustment> adjustmentsLastAppliedFirst() {
        return lines.stream().flatMap(line -> line.adjustments().stream())
                .sorted(Comparator.comparingLong(LineAdjustment::sequence).reversed())
                .toList();
    }

    /** The campaigns with a discount in this quote, in the order their first adjustment was applied. */
    List<String> campaigns() {
        return lines.stream().flatMap(line -> line.adjustments().stream())
                .sorted(Comparator.comparingLong(LineAdjustment::sequence))
                .map(LineAdjustment::campaign)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /**
     * The ids of the rules that changed a line in the end: a promotion with an adjustment still non-zero
     * after guards and budgets, or a guard that restored something.
     */
    Set<String> changedRuleIds() {
        Set<String> ids = new HashSet<>();
        for (WorksheetLine line : lines) {
            line.adjustments().stream().filter(adjustment -> adjustment.amount().signum() != 0)
                    .forEach(adjustment -> ids.add(adjustment.rule().ruleId()));
            line.guardCuts().forEach(cut -> ids.add(cut.ruleId()));
        }
        return ids;
    }

    /** Step 7: the priced lines and quote totals, each total the sum of the lines. */
    PricingResult result(long release, List<CouponResult> coupons) {
        List<PricedLine> priced = lines.stream().map(line -> line.toPricedLine(currency)).toList();
        Set<String> changed = changedRuleIds();
        List<AppliedRule> applied = fired.values().stream().filter(rule -> changed.contains(rule.ruleId()))
                .map(rule -> new AppliedRule(rule.ruleId(), rule.revision(), rule.rule().name(),
                        rule.rule().kind().name()))
                .toList();
        return new PricingResult(release, priced,
                orderFirings.stream().map(OrderFiring::toOrderAdjustment).toList(),
                sum(priced, PricedLine::listTotal), sum(priced, PricedLine::lineDiscount),
                sum(priced, PricedLine::lineTotal), applied, coupons, List.copyOf(warnings), List.copyOf(trace));
    }

    private BigDecimal sum(List<PricedLine> priced, Function<PricedLine, BigDecimal> field) {
        return priced.stream().map(field).reduce(Money.zero(currency), BigDecimal::add);
    }
}
