package io.promoplatform.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.engine.quote.PricedLine;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingLine;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.rules.Money;
import io.promoplatform.rules.guided.Conditions;
import io.promoplatform.rules.guided.GuidedRule;
import io.promoplatform.rules.guided.GuidedRuleParser;
import io.promoplatform.rules.guided.RuleKind;
import io.promoplatform.rules.guided.RuleRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random carts × random rule sets (see {@link RandomRules}): whatever the rules, the built-in invariants
 * hold. Each try derives everything from one seed, which jqwik reports when a try fails.
 */
class ReferenceEvaluatorPropertiesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReferenceEvaluator evaluator = new ReferenceEvaluator();

    private static Currency currency(Random random) {
        return random.nextInt(4) == 0 ? JPY : USD;
    }

    @Property(tries = 1000)
    void holdsEveryInvariantForRandomCartsAndRules(@ForAll long seed) {
        Random random = new Random(seed);
        Currency currency = currency(random);
        List<RuleRef> rules = RandomRules.ruleSet(random, currency, 8);
        PricingInput input = RandomRules.cart(random, currency);

        PricingResult result = evaluator.price(1, input, rules);

        PricingInvariants.assertHold(input, result);
        for (int i = 0; i < input.lines().size(); i++) {
            assertHoldsItsFloor(input, input.lines().get(i), result.lines().get(i), rules);
        }
    }

    @Property(tries = 200)
    void pricesTheSameWhateverTheOrderOfTheRules(@ForAll long seed) {
        Random random = new Random(seed);
        Currency currency = currency(random);
        List<RuleRef> rules = new ArrayList<>(RandomRules.ruleSet(random, currency, 8));
        PricingInput input = RandomRules.cart(random, currency);
        PricingResult expected = evaluator.price(1, input, rules);

        Collections.shuffle(rules, random);

        assertThat(evaluator.price(1, input, rules)).isEqualTo(expected);
    }

    /** The generator's rules are rules the parser accepts, so another engine can be fed their JSON. */
    @Property(tries = 300)
    void generatesOnlyRulesThatRoundTripThroughTheirJson(@ForAll long seed) {
        Random random = new Random(seed);
        Currency currency = currency(random);

        for (RuleRef ref : RandomRules.ruleSet(random, currency, 8)) {
            var parsed = GuidedRuleParser.parse(GuidedRuleParser.toJson(ref.rule()), currency);
            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.rule()).isEqualTo(ref.rule());
        }
    }

    /**
     * A line ends at or above the highest floor of the guards that apply to it, computed here afresh from
     * PRICING.md's formulas; the floor is capped at the list total.
     */
    private static void assertHoldsItsFloor(PricingInput input, PricingLine line, PricedLine priced,
            List<RuleRef> rules) {
        BigDecimal listUnit = Money.round(line.listUnitPrice(), input.currency());
        BigDecimal highest = null;
        for (RuleRef ref : rules) {
            GuidedRule guard = ref.rule();
            if (guard.kind() != RuleKind.GUARD || !active(guard, input) || !selects(guard.conditions(), line)) {
                continue;
            }
            BigDecimal unitFloor = unitFloor(guard, line, listUnit);
            if (unitFloor != null && (highest == null || unitFloor.compareTo(highest) > 0)) {
                highest = unitFloor;
            }
        }
        if (highest != null) {
            BigDecimal floor = Money.round(highest.multiply(BigDecimal.valueOf(line.quantity())), input.currency())
                    .min(priced.listTotal());
            assertThat(priced.lineTotal()).as("line %d total against its floor", line.lineNo())
                    .isGreaterThanOrEqualTo(floor);
        }
    }

    private static BigDecimal unitFloor(GuidedRule guard, PricingLine line, BigDecimal listUnit) {
        BigDecimal percent = guard.effect().percent();
        return switch (guard.effect().type()) {
            case MIN_MARGIN_PERCENT -> line.unitCost() == null ? null
                    : line.unitCost().multiply(HUNDRED.add(percent)).divide(HUNDRED);
            case MAX_DISCOUNT_PERCENT -> listUnit.multiply(HUNDRED.subtract(percent)).divide(HUNDRED);
            default -> guard.effect().price();
        };
    }

    private static boolean active(GuidedRule rule, PricingInput input) {
        Conditions conditions = rule.conditions();
        return (rule.validFrom() == null || !input.at().isBefore(rule.validFrom()))
                && (rule.validTo() == null || !input.at().isAfter(rule.validTo()))
                && (conditions.segments().isEmpty() || conditions.segments().contains(input.segment()))
                && (conditions.channels().isEmpty() || conditions.channels().contains(input.channel()))
                && (conditions.stores().isEmpty()
                        || (input.storeId() != null && conditions.stores().contains(input.storeId())))
                && (conditions.customerTags().isEmpty()
                        || conditions.customerTags().stream().anyMatch(input.customerTags()::contains));
    }

    private static boolean selects(Conditions conditions, PricingLine line) {
        var signals = conditions.signals();
        return (conditions.skus().isEmpty() || conditions.skus().contains(line.sku()))
                && (conditions.brands().isEmpty() || conditions.brands().contains(line.brand()))
                && (conditions.categories().isEmpty() || conditions.categories().contains(line.category()))
                && (conditions.minLineQuantity() == null || line.quantity() >= conditions.minLineQuantity())
                && (signals == null || (line.signals() != null
                        && (signals.elasticityAtMost() == null
                                || line.signals().elasticity() <= signals.elasticityAtMost())
                        && (signals.elasticityAtLeast() == null
                                || line.signals().elasticity() >= signals.elasticityAtLeast())
                        && (signals.baselineUnitsAtMost() == null
                                || line.signals().baselineUnits() <= signals.baselineUnitsAtMost())
                        && (signals.baselineUnitsAtLeast() == null
                                || line.signals().baselineUnits() >= signals.baselineUnitsAtLeast())));
    }
}
