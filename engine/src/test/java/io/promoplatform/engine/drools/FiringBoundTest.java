package io.promoplatform.engine.drools;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.engine.quote.PricingResult;
import io.promoplatform.engine.release.RuleSource;
import io.promoplatform.rules.guided.EffectType;
import io.promoplatform.rules.guided.RuleKind;
import io.promoplatform.rules.guided.Stacking;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cart whose rules exceed the firing bound is priced without promotions, guards still holding. */
class FiringBoundTest {

    @Test
    void aCartOverTheFiringBoundIsPricedAtListWithARulesAbortedWarning() {
        List<RuleSource> sources = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            sources.add(RuleSource.guided("R-" + i, 1, DroolsWorkedExamplesTest.rule("r" + i, RuleKind.PROMOTION, 100,
                    Stacking.STACKABLE, DroolsWorkedExamplesTest.effect(EffectType.PERCENT_OFF, "10", null, null, null,
                            null, null))));
        }
        ReleaseCompiler.Result compiled = new ReleaseCompiler().compile(sources, DroolsWorkedExamplesTest.USD);
        DroolsEvaluator tight = new DroolsEvaluator(1);

        PricingResult result = tight.price(3, compiled.compiled(), DroolsWorkedExamplesTest.cart(2, 1));

        assertThat(result.warnings()).extracting(w -> w.code()).containsExactly("rules-aborted");
        assertThat(result.total()).isEqualTo(new BigDecimal("30.00"));
        assertThat(result.lines()).allSatisfy(l -> assertThat(l.adjustments()).isEmpty());
        assertThat(result.release()).isEqualTo(3);
    }

    @Test
    void theSameCartWithinTheBoundIsPricedByItsRules() {
        List<RuleSource> sources = List.of(RuleSource.guided("R-1", 1, DroolsWorkedExamplesTest.rule("r1",
                RuleKind.PROMOTION, 100, Stacking.STACKABLE, DroolsWorkedExamplesTest.effect(EffectType.PERCENT_OFF,
                        "10", null, null, null, null, null))));
        ReleaseCompiler.Result compiled = new ReleaseCompiler().compile(sources, DroolsWorkedExamplesTest.USD);

        PricingResult result = new DroolsEvaluator(100).price(3, compiled.compiled(),
                DroolsWorkedExamplesTest.cart(2, 1));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.total()).isEqualTo(new BigDecimal("27.00"));
    }
}
