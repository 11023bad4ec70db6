package io.promoplatform.engine.drools;

import io.promoplatform.engine.quote.Adjustment;
import io.promoplatform.engine.quote.AppliedRule;
import io.promoplatform.engine.quote.CouponResult;
import io.promoplatform.engine.quote.GuardCut;
import io.promoplatform.engine.quote.OrderAdjustment;
import io.promoplatform.engine.quote.PricedLine;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.quote.TraceEvent;
import io.promoplatform.engine.quote.Warning;
import io.promoplatform.rules.Money;
import io.promoplatform.rules.guided.Effect;
import io.promoplatform.rules.guided.EffectType;
import io.promoplatform.rules.guided.RuleKind;
import io.promoplatform.rules.guided.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * PRICING.md steps 3 to 7, applied to the matches the rules reported: line promotions, order
 * promotions with largest-remainder allocation, guards restoring last applied first, budget clamps,
 * totals. Rules decide what applies; this class alone decides how much.
 */
final class PricingSteps {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PricingInput input;
    private final Currency currency;
    private final int digits;
    private final Map<Integer, LineState> lines = new TreeMap<>();
    private final List<OrderAdjustmentState> orderAdjustments = new ArrayList<>();
    private final List<TraceEvent> trace = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private int sequence;

    private PricingSteps(PricingInput input) {
        this.input = input;
        this.currency = input.currency();
        this.digits = currency.getDefaultFractionDigits();
        for (PricingLine line : input.lines()) {
            lines.put(line.lineNo(), new LineState(line, Money.round(line.listUnitPrice(), currency)
                    .multiply(BigDecimal.valueOf(line.quantity()))));
        }
    }

    /** Prices {@code input} from the rules' reports; {@code aborted} discards every promotion. */
    static PricingResult apply(long release, PricingInput input, List<Match> matches, Set<String> releaseCoupons,
            boolean aborted) {
        PricingSteps steps = new PricingSteps(input);
        if (aborted) {
            steps.warnings.add(new Warning("rules-aborted", null,
                    "The release's rules exceeded the firing bound on this cart; priced at list, guards held."));
            steps.trace.add(new TraceEvent("aborted", null, 0, 0, null, "firing bound exceeded"));
            matches = matches.stream().filter(m -> m.meta().kind() == RuleKind.GUARD).toList();
        }
        Map<RuleMeta, Set<Integer>> lineRules = new TreeMap<>(RuleMeta.FIRING_ORDER);
        Map<RuleMeta, Set<Integer>> orderRules = new TreeMap<>(RuleMeta.FIRING_ORDER);
        Map<RuleMeta, Set<Integer>> guards = new TreeMap<>(RuleMeta.FIRING_ORDER);
        Map<RuleMeta, Map<Integer, Effect>> effects = new LinkedHashMap<>();
        for (Match m : matches) {
            if (!steps.lines.containsKey(m.lineNo())) {
                continue;
            }
            EffectType.Scope scope = m.effect().type().scope();
            if ((m.meta().kind() == RuleKind.GUARD) != (scope == EffectType.Scope.GUARD)) {
                // a raw DRL rule whose consequence does not fit its declared kind: it counts for nothing
                steps.trace.add(new TraceEvent("ignored", m.meta().ruleId(), m.meta().revision(), m.lineNo(), null,
                        "a " + m.meta().kind() + " rule reported a " + m.effect().type() + " effect"));
                continue;
            }
            Map<RuleMeta, Set<Integer>> target = switch (scope) {
                case LINE -> lineRules;
                case ORDER -> orderRules;
                case GUARD -> guards;
            };
            target.computeIfAbsent(m.meta(), k -> new java.util.TreeSet<>()).add(m.lineNo());
            effects.computeIfAbsent(m.meta(), k -> new LinkedHashMap<>()).putIfAbsent(m.lineNo(), m.effect());
        }
        lineRules.forEach((meta, nos) -> nos.forEach(no -> steps.applyLineRule(meta, effects.get(meta).get(no),
                steps.lines.get(no))));
        Set<String> orderGroups = new HashSet<>();
        orderRules.forEach((meta, nos) -> steps.applyOrderRule(meta, effects.get(meta).get(nos.iterator().next()),
                nos, orderGroups));
        steps.applyGuards(guards, effects);
        steps.applyBudgets();
        return steps.result(release, releaseCoupons, effects.keySet());
    }

    // Step 3 ------------------------------------------------------------------------------------------

    private void applyLineRule(RuleMeta meta, Effect effect, LineState line) {
        String skip = line.skipReason(meta);
        if (skip != null) {
            trace.add(new TraceEvent("skip", meta.ruleId(), meta.revision(), line.no(), null, skip));
            return;
        }
        BigDecimal amount = capped(lineAmount(effect, line), line.current);
        if (amount.signum() <= 0) {
            trace.add(new TraceEvent("no-effect", meta.ruleId(), meta.revision(), line.no(), null,
                    "the effect does not lower this line"));
            return;
        }
        line.add(new AdjustmentState(meta, amount, ++sequence, null));
        trace.add(new TraceEvent("line-promotion", meta.ruleId(), meta.revision(), line.no(), amount.negate(),
                effect.type().name()));
    }

    private BigDecimal lineAmount(Effect effect, LineState line) {
        BigDecimal qty = BigDecimal.valueOf(line.line.quantity());
        return switch (effect.type()) {
            case PERCENT_OFF -> round(line.current.multiply(effect.percent()).divide(HUNDRED));
            case AMOUNT_OFF_UNIT -> round(effect.amount().multiply(qty));
            case FIXED_UNIT_PRICE -> {
                BigDecimal target = round(effect.price().multiply(qty));
                yield target.compareTo(line.current) < 0 ? line.current.subtract(target) : Money.zero(currency);
            }
            case BUY_X_GET_Y -> {
                int groups = line.line.quantity() / (effect.buy() + effect.get());
                BigDecimal percent = effect.percent() == null ? HUNDRED : effect.percent();
                BigDecimal free = BigDecimal.valueOf((long) groups * effect.get());
                // the discounted units cost the line's current unit price: current / quantity, rounded once at the end
                yield line.current.multiply(free).multiply(percent)
                        .divide(qty.multiply(HUNDRED), digits, RoundingMode.HALF_EVEN);
            }
            default -> throw new IllegalStateException("not a line effect: " + effect.type());
        };
    }

    // Step 4 ------------------------------------------------------------------------------------------

    private void applyOrderRule(RuleMeta meta, Effect effect, Set<Integer> matched, Set<String> orderGroups) {
        if (meta.group() != null && orderGroups.contains(meta.group())) {
            trace.add(new TraceEvent("skip", meta.ruleId(), meta.revision(), 0, null,
                    "an order rule of group " + meta.group() + " already applied"));
            return;
        }
        List<LineState> eligible = new ArrayList<>();
        for (int no : matched) {
            LineState line = lines.get(no);
            if (!line.hasExclusive && !(meta.exclusive() && line.hasPromotion()) && line.current.signum() > 0) {
                eligible.add(line);
            }
        }
        BigDecimal subtotal = eligible.stream().map(l -> l.current).reduce(Money.zero(currency), BigDecimal::add);
        Tier tier = null;
        for (Tier t : effect.tiers()) {
            if (t.minSubtotal().compareTo(subtotal) <= 0 && (tier == null
                    || t.minSubtotal().compareTo(tier.minSubtotal()) > 0)) {
                tier = t;
            }
        }
        if (eligible.isEmpty() || tier == null) {
            trace.add(new TraceEvent("no-effect", meta.ruleId(), meta.revision(), 0, null,
                    "no tier reached by the eligible subtotal " + subtotal.toPlainString()));
            return;
        }
        BigDecimal amount = effect.type() == EffectType.ORDER_PERCENT_OFF
                ? round(subtotal.multiply(tier.percent()).divide(HUNDRED))
                : round(tier.amount()).min(subtotal);
        if (amount.signum() <= 0) {
            return;
        }
        OrderAdjustmentState order = new OrderAdjustmentState(meta, amount);
        allocate(amount, subtotal, eligible, meta, order);
        orderAdjustments.add(order);
        if (meta.group() != null) {
            orderGroups.add(meta.group());
        }
        trace.add(new TraceEvent("order-promotion", meta.ruleId(), meta.revision(), 0, amount.negate(),
                effect.type().name() + " tier " + tier.minSubtotal().toPlainString()));
    }

    /** Largest remainder: floor every exact share, hand the missing minor units to the largest remainders. */
    private void allocate(BigDecimal amount, BigDecimal subtotal, List<LineState> eligible, RuleMeta meta,
            OrderAdjustmentState order) {
        BigDecimal[] shares = new BigDecimal[eligible.size()];
        BigDecimal[] remainders = new BigDecimal[eligible.size()];
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < shares.length; i++) {
            BigDecimal exact = amount.multiply(eligible.get(i).current);
            BigDecimal floor = exact.divide(subtotal, digits, RoundingMode.DOWN);
            shares[i] = floor;
            remainders[i] = exact.subtract(floor.multiply(subtotal));
            allocated = allocated.add(floor);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
        int missing = amount.subtract(allocated).divide(unit, 0, RoundingMode.UNNECESSARY).intValueExact();
        Integer[] byRemainder = new Integer[shares.length];
        for (int i = 0; i < byRemainder.length; i++) {
            byRemainder[i] = i;
        }
        java.util.Arrays.sort(byRemainder, Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
                .thenComparingInt(i -> eligible.get(i).no()));
        for (int k = 0; k < missing; k++) {
            shares[byRemainder[k]] = shares[byRemainder[k]].add(unit);
        }
        for (int i = 0; i < shares.length; i++) {
            if (shares[i].signum() > 0) {
                eligible.get(i).add(new AdjustmentState(meta, shares[i], ++sequence, order));
            }
        }
    }

    // Step 5 ------------------------------------------------------------------------------------------

    private void applyGuards(Map<RuleMeta, Set<Integer>> guards, Map<RuleMeta, Map<Integer, Effect>> effects) {
        Map<Integer, RuleMeta> strongest = new LinkedHashMap<>();
        Map<Integer, BigDecimal> unitFloors = new LinkedHashMap<>();
        guards.forEach((meta, nos) -> {
            for (int no : nos) {
                LineState line = lines.get(no);
                BigDecimal floor = unitFloor(effects.get(meta).get(no), line.line);
                BigDecimal best = unitFloors.get(no);
                if (best == null || floor.compareTo(best) > 0) {
                    unitFloors.put(no, floor);
                    strongest.put(no, meta);
                }
            }
        });
        unitFloors.forEach((no, unitFloor) -> {
            LineState line = lines.get(no);
            BigDecimal floor = round(unitFloor.multiply(BigDecimal.valueOf(line.line.quantity()))).min(line.listTotal);
            if (line.current.compareTo(floor) >= 0) {
                return;
            }
            BigDecimal shortfall = floor.subtract(line.current);
            line.restore(shortfall);
            RuleMeta guard = strongest.get(no);
            line.guards.add(new GuardCut(guard.ruleId(), guard.revision(), guard.name(), shortfall));
            trace.add(new TraceEvent("guard", guard.ruleId(), guard.revision(), no, shortfall,
                    "floor " + floor.toPlainString()));
        });
    }

    private BigDecimal unitFloor(Effect effect, PricingLine line) {
        return switch (effect.type()) {
            case MIN_MARGIN_PERCENT -> line.unitCost().multiply(HUNDRED.add(effect.percent())).divide(HUNDRED);
            case MAX_DISCOUNT_PERCENT -> Money.round(line.listUnitPrice(), currency)
                    .multiply(HUNDRED.subtract(effect.percent())).divide(HUNDRED);
            case MIN_UNIT_PRICE -> effect.price();
            default -> throw new IllegalStateException("not a guard effect: " + effect.type());
        };
    }

    // Step 6 ------------------------------------------------------------------------------------------

    /** Campaigns are settled in the order their first adjustment was applied; cuts go last applied first. */
    private void applyBudgets() {
        Map<String, List<AdjustmentState>> byCampaign = new LinkedHashMap<>();
        lines.values().stream().flatMap(l -> l.adjustments.stream()).filter(a -> a.meta.campaign() != null)
                .sorted(Comparator.comparingInt(a -> a.sequence))
                .forEach(a -> byCampaign.computeIfAbsent(a.meta.campaign(), k -> new ArrayList<>()).add(a));
        byCampaign.forEach((campaign, adjustments) -> {
            BigDecimal remaining = input.budgetRemaining().get(campaign);
            if (remaining == null) {
                return;
            }
            // a budget can only be spent in whole minor units
            BigDecimal available = remaining.max(BigDecimal.ZERO).setScale(digits, RoundingMode.DOWN);
            BigDecimal spend = adjustments.stream().map(a -> a.applied).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal excess = spend.subtract(available);
            if (excess.signum() <= 0) {
                return;
            }
            trace.add(new TraceEvent("budget", null, 0, 0, excess, "campaign " + campaign + " over by "
                    + excess.toPlainString()));
            for (int i = adjustments.size() - 1; i >= 0 && excess.signum() > 0; i--) {
                AdjustmentState a = adjustments.get(i);
                BigDecimal cut = a.applied.min(excess);
                a.applied = a.applied.subtract(cut);
                excess = excess.subtract(cut);
            }
            lines.values().forEach(LineState::recompute);
            warnings.add(new Warning("budget-limited", campaign, "The campaign's remaining budget for this segment "
                    + "is " + Money.format(available, currency) + "; its discounts were reduced to fit."));
        });
    }

    // Step 7 ------------------------------------------------------------------------------------------

    private PricingResult result(long release, Set<String> releaseCoupons, Set<RuleMeta> matchedRules) {
        List<PricedLine> priced = new ArrayList<>();
        BigDecimal listTotal = Money.zero(currency);
        BigDecimal total = Money.zero(currency);
        Map<String, AppliedRule> applied = new LinkedHashMap<>();
        List<AdjustmentState> all = new ArrayList<>();
        for (LineState line : lines.values()) {
            List<Adjustment> adjustments = new ArrayList<>();
            for (AdjustmentState a : line.adjustments) {
                adjustments.add(new Adjustment(a.meta.ruleId(), a.meta.revision(), a.meta.name(), a.meta.kind().name(),
                        a.applied.negate(), a.desired.negate(), a.meta.campaign()));
                all.add(a);
            }
            BigDecimal discount = line.listTotal.subtract(line.current);
            BigDecimal unitPrice = line.current.divide(BigDecimal.valueOf(line.line.quantity()), digits,
                    RoundingMode.HALF_EVEN);
            priced.add(new PricedLine(line.no(), line.line.sku(), line.line.quantity(),
                    Money.round(line.line.listUnitPrice(), currency), line.listTotal, discount, line.current, unitPrice,
                    adjustments, List.copyOf(line.guards), line.line.signals()));
            listTotal = listTotal.add(line.listTotal);
            total = total.add(line.current);
        }
        all.sort(Comparator.comparingInt(a -> a.sequence));
        for (AdjustmentState a : all) {
            if (a.applied.signum() > 0) {
                applied.putIfAbsent(a.meta.ruleId(), new AppliedRule(a.meta.ruleId(), a.meta.revision(), a.meta.name(),
                        a.meta.kind().name()));
            }
        }
        for (LineState line : lines.values()) {
            for (GuardCut g : line.guards) {
                applied.putIfAbsent(g.ruleId(), new AppliedRule(g.ruleId(), g.ruleRevision(), g.ruleName(), "GUARD"));
            }
        }
        List<OrderAdjustment> orders = orderAdjustments.stream().map(o -> new OrderAdjustment(o.meta.ruleId(),
                o.meta.revision(), o.meta.name(), o.applied(all).negate(), o.desired.negate(), o.meta.campaign()))
                .toList();
        return new PricingResult(release, priced, orders, listTotal, listTotal.subtract(total), total,
                List.copyOf(applied.values()), coupons(releaseCoupons, all), List.copyOf(warnings),
                List.copyOf(trace));
    }

    private List<CouponResult> coupons(Set<String> releaseCoupons, List<AdjustmentState> all) {
        List<CouponResult> out = new ArrayList<>();
        for (String code : new LinkedHashSet<>(input.couponCodes())) {
            CouponResult.CouponStatus status;
            if (!releaseCoupons.contains(code)) {
                status = CouponResult.CouponStatus.UNKNOWN;
            } else if (all.stream().anyMatch(a -> code.equals(a.meta.couponCode()) && a.applied.signum() > 0)) {
                status = CouponResult.CouponStatus.APPLIED;
            } else {
                status = CouponResult.CouponStatus.NOT_APPLICABLE;
            }
            out.add(new CouponResult(code, status));
        }
        return out;
    }

    private BigDecimal round(BigDecimal value) {
        return value.setScale(digits, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal capped(BigDecimal amount, BigDecimal current) {
        return amount.min(current);
    }

    // State -------------------------------------------------------------------------------------------

    private final class LineState {
        final PricingLine line;
        final BigDecimal listTotal;
        BigDecimal current;
        boolean hasExclusive;
        final List<AdjustmentState> adjustments = new ArrayList<>();
        final List<GuardCut> guards = new ArrayList<>();
        final Set<String> groups = new HashSet<>();

        LineState(PricingLine line, BigDecimal listTotal) {
            this.line = line;
            this.listTotal = listTotal;
            this.current = listTotal;
        }

        int no() {
            return line.lineNo();
        }

        boolean hasPromotion() {
            return !adjustments.isEmpty();
        }

        String skipReason(RuleMeta meta) {
            if (hasExclusive) {
                return "the line holds an exclusive adjustment";
            }
            if (meta.exclusive() && hasPromotion()) {
                return "an exclusive rule skips a line that already has a promotion";
            }
            if (meta.group() != null && groups.contains(meta.group())) {
                return "a rule of group " + meta.group() + " already adjusted this line";
            }
            return null;
        }

        void add(AdjustmentState adjustment) {
            adjustments.add(adjustment);
            current = current.subtract(adjustment.applied);
            if (adjustment.meta.exclusive()) {
                hasExclusive = true;
            }
            if (adjustment.meta.group() != null && adjustment.order == null) {
                groups.add(adjustment.meta.group());
            }
        }

        /** Gives back {@code amount} of this line's discount, taking it from the last applied adjustment first. */
        void restore(BigDecimal amount) {
            BigDecimal left = amount;
            for (int i = adjustments.size() - 1; i >= 0 && left.signum() > 0; i--) {
                AdjustmentState a = adjustments.get(i);
                BigDecimal back = a.applied.min(left);
                a.applied = a.applied.subtract(back);
                left = left.subtract(back);
            }
            recompute();
        }

        void recompute() {
            current = listTotal.subtract(adjustments.stream().map(a -> a.applied)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    private static final class AdjustmentState {
        final RuleMeta meta;
        final BigDecimal desired;
        final int sequence;
        final OrderAdjustmentState order;
        BigDecimal applied;

        AdjustmentState(RuleMeta meta, BigDecimal amount, int sequence, OrderAdjustmentState order) {
            this.meta = meta;
            this.desired = amount;
            this.applied = amount;
            this.sequence = sequence;
            this.order = order;
        }
    }

    private record OrderAdjustmentState(RuleMeta meta, BigDecimal desired) {
        BigDecimal applied(List<AdjustmentState> all) {
            return all.stream().filter(a -> a.order == this).map(a -> a.applied).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
        }
    }
}
