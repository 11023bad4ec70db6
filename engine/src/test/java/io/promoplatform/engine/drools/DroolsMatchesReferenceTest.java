package io.promoplatform.engine.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.engine.quote.PricedLine;
import io.promoplatform.engine.quote.PricingInput;
import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.reference.PricingInvariants;
import io.promoplatform.engine.reference.RandomRules;
import io.promoplatform.engine.reference.ReferenceEvaluator;
import io.promoplatform.engine.release.RuleSource;
import io.promoplatform.rules.guided.RuleRef;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential test: random guided rule sets compiled to Drools, and random carts priced by both
 * the Drools path and the plain-Java reference evaluator of PRICING.md. They must agree to the cent on
 * every line, adjustment, guard cut, order allocation, coupon and warning, and PRICING.md's invariants
 * must hold. Rule sets x carts per currency: {@code -Dpromo.differential.ruleSets} (default 150) x 40.
 */
class DroolsMatchesReferenceTest {

    private static final int RULE_SETS = Integer.getInteger("promo.differential.ruleSets", 150);
    private static final int CARTS_PER_SET = 40;

    @TestFactory
    Stream<DynamicTest> droolsAndTheReferenceAgreeToTheCent() {
        return Stream.of("USD", "JPY").map(code -> DynamicTest.dynamicTest(code + ": " + RULE_SETS + " rule sets x "
                + CARTS_PER_SET + " carts", () -> compare(Currency.getInstance(code))));
    }

    private static void compare(Currency currency) {
        ReleaseCompiler compiler = new ReleaseCompiler();
        DroolsEvaluator drools = new DroolsEvaluator(1_000);
        ReferenceEvaluator reference = new ReferenceEvaluator();
        int compared = 0;
        for (int set = 0; set < RULE_SETS; set++) {
            Random random = new Random(1_000L * set + currency.getNumericCode());
            List<RuleRef> rules = RandomRules.ruleSet(random, currency, 12);
            List<RuleSource> sources = new ArrayList<>();
            rules.forEach(r -> sources.add(RuleSource.guided(r.ruleId(), r.revision(), r.rule())));
            ReleaseCompiler.Result compiled = compiler.compile(sources, currency);
            assertThat(compiled.errors()).as("rule set %d compiles", set).isEmpty();
            for (int c = 0; c < CARTS_PER_SET; c++) {
                PricingInput cart = RandomRules.cart(random, currency);
                PricingResult expected = reference.price(7, cart, rules);
                PricingResult actual = rules.isEmpty() ? drools.price(7, null, cart)
                        : drools.price(7, compiled.compiled(), cart);
                String where = "rule set " + set + ", cart " + c + " (" + currency + ")\nrules: " + rules
                        + "\ncart: " + cart;
                assertSame(expected, actual, where);
                PricingInvariants.assertHold(cart, actual);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(RULE_SETS * CARTS_PER_SET);
    }

    private static void assertSame(PricingResult expected, PricingResult actual, String where) {
        assertThat(actual.lines()).as(where).hasSameSizeAs(expected.lines());
        for (int i = 0; i < expected.lines().size(); i++) {
            PricedLine e = expected.lines().get(i);
            PricedLine a = actual.lines().get(i);
            assertThat(a.lineTotal()).as(where + "\nline " + e.lineNo() + " total").isEqualTo(e.lineTotal());
            assertThat(a.adjustments()).as(where + "\nline " + e.lineNo() + " adjustments")
                    .isEqualTo(e.adjustments());
            assertThat(a.guards()).as(where + "\nline " + e.lineNo() + " guards").isEqualTo(e.guards());
            assertThat(a.unitPrice()).as(where).isEqualTo(e.unitPrice());
        }
        assertThat(actual.orderAdjustments()).as(where + "\norder adjustments").isEqualTo(expected.orderAdjustments());
        assertThat(actual.total()).as(where).isEqualTo(expected.total());
        assertThat(actual.discountTotal()).as(where).isEqualTo(expected.discountTotal());
        assertThat(actual.coupons()).as(where + "\ncoupons").isEqualTo(expected.coupons());
        assertThat(actual.warnings()).extracting(w -> w.code() + "/" + w.campaign()).as(where + "\nwarnings")
                .isEqualTo(expected.warnings().stream().map(w -> w.code() + "/" + w.campaign()).toList());
        assertThat(actual.appliedRules()).as(where + "\napplied rules").isEqualTo(expected.appliedRules());
    }
}
