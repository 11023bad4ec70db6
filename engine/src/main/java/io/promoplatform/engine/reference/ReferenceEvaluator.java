package io.promoplatform.engine.reference;

import io.promoplatform.engine.quote.CouponResult;
import io.promoplatform.engine.quote.CouponResult.CouponStatus;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.quote.Warning;
import io.promoplatform.rules.Money;
import io.promoplatform.rules.guided.EffectType;
import io.promoplatform.rules.guided.GuidedRule;
import io.promoplatform.rules.guided.RuleRef;
import io.promoplatform.rules.guided.Stacking;
import io.promoplatform.rules.guided.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PRICING.md in plain Java: the oracle the Drools engine is tested against. Deliberately straightforward
 * (one pass per step of "Evaluation order", in that order, no Drools, no caching), so that a reader can
 * check it against the page line by line. Stateless and thread-safe.
 *
 * <p>Where the page leaves room, this is how it is read:
 * <ul>
 * <li>Rules run by priority, higher first, ties by {@link RuleRef#idNumber()} ascending; lines in cart
 * order. Guards use the same order to decide which of two equal floors "set" it.</li>
 * <li>A rule applies to a line only if it takes something off: a discount that is zero after rounding
 * and capping (a fixed price that does not lower the total, 10 % of 0.04, a line already at 0, a
 * buy-X-get-Y line without a complete group) leaves no adjustment and does not count for group or
 * EXCLUSIVE checks, so the next rule of the group may apply.</li>
 * <li>BUY_X_GET_Y's current unit price is the current line total / quantity, unrounded; the discount
 * of all the line's groups is rounded once.</li>
 * <li>Groups of line rules act per line in step 3, groups of order rules per quote in step 4; a line
 * rule and an order rule of the same group do not exclude each other.</li>
 * <li>An order rule gives nothing to eligible lines already at 0; the order adjustment and its
 * allocations are negative like every adjustment. A line allocated by an EXCLUSIVE order rule holds an
 * EXCLUSIVE adjustment, so later order rules skip it.</li>
 * <li>A margin guard sets no floor on a line without a known cost. A guard floor of a line in a cart is
 * computed from the list unit price at minor units.</li>
 * <li>Adjustments that guards or budgets cut to zero stay on the line: their {@code desiredAmount}
 * explains the cut.</li>
 * <li>Budgets: campaigns are settled in the order of their first adjustment; "last applied first" is
 * the order of application across the whole quote; a remaining budget finer than minor units is rounded
 * down and a negative one counts as zero, so a quote never spends more than is left.</li>
 * <li>Coupon codes match exactly (case-sensitive). "Changed a line" (coupon APPLIED, applied rules)
 * means an adjustment still non-zero after guards and budgets, or for a guard a restored amount; a code
 * is UNKNOWN only if no rule of the given set uses it, whatever the rule's validity window.</li>
 * </ul>
 */
public final class ReferenceEvaluator {

    private static final Comparator<RuleRef> PRIORITY_ORDER = Comparator
            .comparingInt((RuleRef ref) -> ref.rule().priority()).reversed()
            .thenComparingLong(RuleRef::idNumber);

    /** Prices one cart with {@code rules}, the rules of release {@code release}. */
    public PricingResult price(long release, PricingInput input, List<RuleRef> rules) {
        Worksheet sheet = new Worksheet(input);
        List<RuleRef> active = activeRules(sheet, rules);
        applyLinePromotions(sheet, withScope(active, EffectType.Scope.LINE));
        applyOrderPromotions(sheet, withScope(active, EffectType.Scope.ORDER));
        applyGuards(sheet, withScope(active, EffectType.Scope.GUARD));
        applyBudgets(sheet);
        return sheet.result(release, coupons(input, rules, sheet.changedRuleIds()));
    }

    /** Step 2: the rules valid at the quote's instant whose quote-level conditions hold, in priority order. */
    private static List<RuleRef> activeRules(Worksheet sheet, List<RuleRef> rules) {
        BigDecimal listSubtotal = sheet.listSubtotal();
        List<RuleRef> active = new ArrayList<>();
        for (RuleRef ref : rules.stream().sorted(PRIORITY_ORDER).toList()) {
            if (!RuleConditions.inWindow(ref.rule(), sheet.input().at())) {
                sheet.trace(TraceStep.RULE_DROPPED, ref, 0, null, "outside its validity window");
                continue;
            }
            String failed = RuleConditions.failedQuoteCondition(ref.rule().conditions(), sheet.input(),
                    listSubtotal);
            if (failed != null) {
                sheet.trace(TraceStep.RULE_DROPPED, ref, 0, null, "quote condition not met: " + failed);
                continue;
            }
            active.add(ref);
        }
        return active;
    }

    private static List<RuleRef> withScope(List<RuleRef> rules, EffectType.Scope scope) {
        return rules.stream().filter(ref -> ref.rule().effect().type().scope() == scope).toList();
    }

    /** Step 3: each line rule, in priority order, on each line it selects. */
    private static void applyLinePromotions(Worksheet sheet, List<RuleRef> rules) {
        for (RuleRef ref : rules) {
            for (WorksheetLine line : sheet.lines()) {
                if (RuleConditions.matchesLine(ref.rule().conditions(), line.line())) {
                    applyLinePromotion(sheet, ref, line);
                }
            }
        }
    }

    private static void applyLinePromotion(Worksheet sheet, RuleRef ref, WorksheetLine line) {
        String skip = lineSkipReason(ref.rule(), line);
        if (skip != null) {
            sheet.trace(TraceStep.LINE_SKIPPED, ref, line.lineNo(), null, skip);
            return;
        }
        BigDecimal current = line.total();
        BigDecimal discount = LineEffects.discount(ref.rule().effect(), line.quantity(), current, sheet.currency());
        if (discount.signum() == 0) {
            sheet.trace(TraceStep.NO_EFFECT, ref, line.lineNo(), null, "nothing off the current total "
                    + current.toPlainString());
            return;
        }
        sheet.discount(line, ref, discount);
        sheet.trace(TraceStep.LINE_PROMOTION, ref, line.lineNo(), discount.negate(), ref.rule().effect().type()
                + " on the current total " + current.toPlainString());
    }

    private static String lineSkipReason(GuidedRule rule, WorksheetLine line) {
        if (line.holdsExclusive()) {
            return "the line holds an EXCLUSIVE adjustment";
        }
        if (rule.stacking() == Stacking.EXCLUSIVE && line.holdsPromotion()) {
            return "an EXCLUSIVE rule does not stack on the line's promotions";
        }
        if (rule.group() != null && line.holdsGroup(rule.group())) {
            return "a rule of group " + rule.group() + " already adjusted the line";
        }
        return null;
    }

    /** Step 4: each order rule, in priority order, at most one per group, on its eligible lines. */
    private static void applyOrderPromotions(Worksheet sheet, List<RuleRef> rules) {
        Set<String> groupsApplied = new HashSet<>();
        for (RuleRef ref : rules) {
            String group = ref.rule().group();
            if (group != null && groupsApplied.contains(group)) {
                sheet.trace(TraceStep.ORDER_SKIPPED, ref, 0, null, "an order rule of group " + group
                        + " already applied");
            } else if (applyOrderPromotion(sheet, ref) && group != null) {
                groupsApplied.add(group);
            }
        }
    }

    /** Answers whether the rule took something off the quote. */
    private static boolean applyOrderPromotion(Worksheet sheet, RuleRef ref) {
        List<WorksheetLine> eligible = eligibleLines(sheet, ref.rule());
        BigDecimal subtotal = eligible.stream().map(WorksheetLine::total)
                .reduce(Money.zero(sheet.currency()), BigDecimal::add);
        Tier tier = highestTierReached(ref.rule().effect().tiers(), subtotal);
        if (tier == null) {
            sheet.trace(TraceStep.ORDER_SKIPPED, ref, 0, null, "no tier reached by the eligible subtotal "
                    + subtotal.toPlainString());
            return false;
        }
        BigDecimal discount = orderDiscount(ref.rule().effect().type(), tier, subtotal, sheet);
        if (discount.signum() == 0) {
            sheet.trace(TraceStep.NO_EFFECT, ref, 0, null, "nothing off the eligible subtotal "
                    + subtotal.toPlainString());
            return false;
        }
        sheet.trace(TraceStep.ORDER_PROMOTION, ref, 0, discount.negate(), "tier " + tier.minSubtotal()
                .toPlainString() + " reached by the eligible subtotal " + subtotal.toPlainString());
        allocate(sheet, ref, discount, eligible);
        return true;
    }

    private static List<WorksheetLine> eligibleLines(Worksheet sheet, GuidedRule rule) {
        boolean exclusive = rule.stacking() == Stacking.EXCLUSIVE;
        return sheet.lines().stream()
                .filter(line -> RuleConditions.matchesLine(rule.conditions(), line.line()))
                .filter(line -> !line.holdsExclusive())
                .filter(line -> !exclusive || !line.holdsPromotion())
                .sorted(Comparator.comparingInt(WorksheetLine::lineNo))
                .toList();
    }

    /** Tiers climb (the parser guarantees it), so the last one reached is the highest. */
    private static Tier highestTierReached(List<Tier> tiers, BigDecimal subtotal) {
        Tier reached = null;
        for (Tier tier : tiers) {
            if (tier.minSubtotal().compareTo(subtotal) <= 0) {
                reached = tier;
            }
        }
        return reached;
    }

    private static BigDecimal orderDiscount(EffectType type, Tier tier, BigDecimal subtotal, Worksheet sheet) {
        if (type == EffectType.ORDER_PERCENT_OFF) {
            return Money.round(subtotal.multiply(tier.percent()).movePointLeft(2), sheet.currency());
        }
        return Money.round(tier.amount(), sheet.currency()).min(subtotal);
    }

    /** Largest-remainder allocation in proportion to the lines' current totals, in line-number order. */
    private static void allocate(Worksheet sheet, RuleRef ref, BigDecimal discount, List<WorksheetLine> eligible) {
        List<BigDecimal> shares = LargestRemainder.allocate(discount,
                eligible.stream().map(WorksheetLine::total).toList(), sheet.currency().getDefaultFractionDigits());
        List<LineAdjustment> allocations = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            BigDecimal share = shares.get(i);
            if (share.signum() > 0) {
                allocations.add(sheet.discount(eligible.get(i), ref, share));
                sheet.trace(TraceStep.ORDER_ALLOCATION, ref, eligible.get(i).lineNo(), share.negate(),
                        "share of " + discount.toPlainString());
            }
        }
        sheet.recordOrderFiring(new OrderFiring(ref, discount.negate(), allocations));
    }

    /** Step 5: every line below its floor is lifted to it by cutting its adjustments, last applied first. */
    private static void applyGuards(Worksheet sheet, List<RuleRef> guards) {
        for (WorksheetLine line : sheet.lines()) {
            Floor floor = floorOf(line, guards, sheet);
            if (floor != null && line.total().compareTo(floor.amount()) < 0) {
                restoreToFloor(sheet, line, floor);
            }
        }
    }

    /** The highest floor the matching guards set, capped at the list total; null when no guard matches. */
    private static Floor floorOf(WorksheetLine line, List<RuleRef> guards, Worksheet sheet) {
        RuleRef setter = null;
        BigDecimal highestUnitFloor = null;
        for (RuleRef guard : guards) {
            if (!RuleConditions.matchesLine(guard.rule().conditions(), line.line())) {
                continue;
            }
            BigDecimal unitFloor = Floors.unitFloor(guard.rule().effect(), line.line(), line.listUnitPrice());
            if (unitFloor != null && (highestUnitFloor == null || unitFloor.compareTo(highestUnitFloor) > 0)) {
                setter = guard;
                highestUnitFloor = unitFloor;
            }
        }
        if (setter == null) {
            return null;
        }
        BigDecimal floor = Money.round(highestUnitFloor.multiply(BigDecimal.valueOf(line.quantity())),
                sheet.currency());
        return new Floor(setter, floor.min(line.listTotal()));
    }

    private static void restoreToFloor(Worksheet sheet, WorksheetLine line, Floor floor) {
        BigDecimal shortfall = floor.amount().subtract(line.total());
        BigDecimal restored = Money.zero(sheet.currency());
        for (LineAdjustment adjustment : lastAppliedFirst(line.adjustments())) {
            BigDecimal cut = adjustment.restore(shortfall.subtract(restored));
            if (cut.signum() > 0) {
                restored = restored.add(cut);
                sheet.trace(TraceStep.GUARD_CUT, floor.guard(), line.lineNo(), cut, "floor " + floor.amount()
                        .toPlainString() + " restores " + cut.toPlainString() + " of " + adjustment.rule().ruleId());
            }
        }
        sheet.recordGuardCut(line, floor.guard(), restored);
    }

    private static List<LineAdjustment> lastAppliedFirst(List<LineAdjustment> adjustments) {
        return adjustments.stream().sorted(Comparator.comparingLong(LineAdjustment::sequence).reversed()).toList();
    }

    /** Step 6: a campaign that would spend more than is left gives back the excess, last applied first. */
    private static void applyBudgets(Worksheet sheet) {
        Map<String, BigDecimal> remaining = sheet.input().budgetRemaining();
        for (String campaign : sheet.campaigns()) {
            if (remaining.containsKey(campaign)) {
                settleCampaign(sheet, campaign, remaining.get(campaign));
            }
        }
    }

    private static void settleCampaign(Worksheet sheet, String campaign, BigDecimal remaining) {
        BigDecimal limit = remaining.max(BigDecimal.ZERO)
                .setScale(sheet.currency().getDefaultFractionDigits(), RoundingMode.FLOOR);
        List<LineAdjustment> spending = sheet.adjustmentsLastAppliedFirst().stream()
                .filter(adjustment -> campaign.equals(adjustment.campaign()))
                .toList();
        BigDecimal spend = spending.stream().map(LineAdjustment::amount)
                .reduce(Money.zero(sheet.currency()), BigDecimal::subtract);
        BigDecimal excess = spend.subtract(limit);
        if (excess.signum() <= 0) {
            return;
        }
        BigDecimal restored = Money.zero(sheet.currency());
        for (LineAdjustment adjustment : spending) {
            BigDecimal cut = adjustment.restore(excess.subtract(restored));
            if (cut.signum() > 0) {
                restored = restored.add(cut);
                sheet.trace(TraceStep.BUDGET_CUT, adjustment.rule(), adjustment.lineNo(), cut,
                        "campaign " + campaign + " has " + limit.toPlainString() + " left");
            }
        }
        sheet.warn(new Warning("budget-limited", campaign, "Campaign " + campaign + " has " + limit.toPlainString()
                + " left for this segment; its discount was reduced by " + restored.toPlainString() + "."));
    }

    /** One result per distinct requested code, in request order. */
    private static List<CouponResult> coupons(PricingInput input, List<RuleRef> rules, Set<String> changed) {
        List<CouponResult> results = new ArrayList<>();
        for (String code : new LinkedHashSet<>(input.couponCodes())) {
            results.add(new CouponResult(code, couponStatus(code, rules, changed)));
        }
        return results;
    }

    private static CouponStatus couponStatus(String code, List<RuleRef> rules, Set<String> changed) {
        List<RuleRef> using = rules.stream().filter(ref -> code.equals(ref.rule().conditions().couponCode()))
                .toList();
        if (using.isEmpty()) {
            return CouponStatus.UNKNOWN;
        }
        return using.stream().anyMatch(ref -> changed.contains(ref.ruleId())) ? CouponStatus.APPLIED
                : CouponStatus.NOT_APPLICABLE;
    }

    /** The floor of one line and the guard that set it. */
    private record Floor(RuleRef guard, BigDecimal amount) {
    }
}
