package io.promoplatform.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UpliftCurveTest {

    /** A constant-elasticity response: units grow as (1 - d)^elasticity. */
    static ResponseCurves constantElasticity(double elasticity, int... brands) {
        Map<ResponseCurves.Key, double[]> curves = new HashMap<>();
        for (int brand : brands) {
            double[] m = new double[ResponseCurves.POINTS];
            for (int i = 0; i < m.length; i++) {
                m[i] = Math.pow(1 - i * ResponseCurves.DISCOUNT_STEP, elasticity);
            }
            curves.put(new ResponseCurves.Key(brand, PriceSignals.DEFAULT_SEGMENT), m);
        }
        return new ResponseCurves(curves);
    }

    @Property(tries = 200)
    void everyCurveIsMonotoneAndConcaveWhateverTheResponseAndEconomics(
            @ForAll("responses") double[] multipliers, @ForAll("economics") List<ProductEconomics> products,
            @ForAll @IntRange(min = 1, max = 60) int steps, @ForAll("steps") BigDecimal step) {
        Map<ResponseCurves.Key, double[]> table = new HashMap<>();
        for (int brand = 1; brand <= OjBrand.COUNT; brand++) {
            table.put(new ResponseCurves.Key(brand, PriceSignals.DEFAULT_SEGMENT), multipliers);
        }

        UpliftCurve curve = UpliftCurves.build(new ResponseCurves(table), "any", products, step, steps);

        assertMonotoneAndConcave(curve, step, steps);
    }

    @Test
    void concaveMajorantLiftsAConvexStretchToItsChord() {
        assertThat(UpliftCurves.concaveMajorant(new double[] {0, 1, 4, 9})).containsExactly(0, 3, 6, 9);
        assertThat(UpliftCurves.concaveMajorant(new double[] {0, 5, 6, 6.5})).containsExactly(0, 5, 6, 6.5);
        assertThat(UpliftCurves.concaveMajorant(new double[] {0, 4, 4, 10})).containsExactly(0, 4, 7, 10);
    }

    @Test
    void runningMaximumKeepsUnspentBudgetFromLosingMargin() {
        assertThat(UpliftCurves.runningMax(new double[] {0, -2, 3, 1, 5})).containsExactly(0, 0, 3, 3, 5);
    }

    @Test
    void stepGainMatchesTheEconomicsOfTheDiscountDepthItBuys() {
        ResponseCurves response = constantElasticity(-3, 1);
        ProductEconomics p = new ProductEconomics(1, new BigDecimal("3.00"), new BigDecimal("2.00"), 1000);

        double[] raw = UpliftCurves.rawGains(response, "default", p, 100.0, 1);

        // The gain says how many more units sold: 1.00 margin each on 1000 · (m - 1) extra units.
        double m = 1 + raw[1] / (1.00 * 1000);
        // Read the depth d with that multiplier off the tabulated curve (linear between 2% and 4%) ...
        double m2 = Math.pow(0.98, -3);
        double m4 = Math.pow(0.96, -3);
        assertThat(m).isBetween(m2, m4);
        double d = 0.02 + 0.02 * (m - m2) / (m4 - m2);
        // ... and it is the depth whose discount on all units sold costs exactly the step's 100.
        assertThat(d * 3.00 * 1000 * m).isCloseTo(100, within(1e-6));
    }

    @Test
    void aProductSoldAtCostGainsNothingFromDiscounts() {
        ProductEconomics atCost = new ProductEconomics(1, new BigDecimal("2.00"), new BigDecimal("2.00"), 500);

        UpliftCurve curve = UpliftCurves.build(constantElasticity(-3, 1), "default", List.of(atCost), new BigDecimal("10"), 5);

        assertThat(curve.incrementalMargin()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("0"));
    }

    @Test
    void spendBeyondTheDeepestDiscountBuysNothingMore() {
        ProductEconomics p = new ProductEconomics(1, new BigDecimal("2.00"), new BigDecimal("1.00"), 10);

        UpliftCurve curve = UpliftCurves.build(constantElasticity(-3, 1), "default", List.of(p), new BigDecimal("1000"), 4);

        // 50% off at (1 - 0.5)^-3 = 8x units spends 1.00 · 80 = 80 < 1000, so the first step already saturates.
        assertThat(curve.incrementalMargin()).extracting(BigDecimal::toPlainString)
                .containsExactly("0.00", "70.00", "70.00", "70.00", "70.00");
    }

    @Test
    void twoProductsSplitTheBudgetWhereTheNextStepGainsMost() {
        ResponseCurves response = constantElasticity(-3, 1, 2);
        ProductEconomics rich = new ProductEconomics(1, new BigDecimal("4.00"), new BigDecimal("2.00"), 300);
        ProductEconomics thin = new ProductEconomics(2, new BigDecimal("3.00"), new BigDecimal("2.70"), 900);
        BigDecimal step = new BigDecimal("20");
        int steps = 12;

        UpliftCurve both = UpliftCurves.build(response, "default", List.of(rich, thin), step, steps);
        UpliftCurve a = UpliftCurves.build(response, "default", List.of(rich), step, steps);
        UpliftCurve b = UpliftCurves.build(response, "default", List.of(thin), step, steps);

        for (int k = 0; k <= steps; k++) {
            BigDecimal best = BigDecimal.ZERO;
            for (int i = 0; i <= k; i++) {
                BigDecimal split = a.incrementalMargin().get(i).add(b.incrementalMargin().get(k - i));
                best = best.max(split);
            }
            assertThat(both.incrementalMargin().get(k)).isCloseTo(best, within(new BigDecimal("0.02")));
        }
        assertMonotoneAndConcave(both, step, steps);
    }

    @Test
    void badArgumentsAreRejected() {
        ResponseCurves response = constantElasticity(-3, 1);
        List<ProductEconomics> one = List.of(new ProductEconomics(1, BigDecimal.ONE, BigDecimal.ZERO, 1));

        assertThatThrownBy(() -> UpliftCurves.build(response, "s", one, BigDecimal.ZERO, 3)).hasMessageContaining("step");
        assertThatThrownBy(() -> UpliftCurves.build(response, "s", one, BigDecimal.ONE, 0)).hasMessageContaining("steps");
        assertThatThrownBy(() -> UpliftCurves.build(response, "s", List.of(), BigDecimal.ONE, 3)).hasMessageContaining("product");
        assertThatThrownBy(() -> new ProductEconomics(1, BigDecimal.ZERO, BigDecimal.ZERO, 1)).hasMessageContaining("listPrice");
    }

    @Test
    void theTrainedModelsUpliftCurveIsMonotoneAndConcave() {
        assumeTrue(Learner.XGBOOST.available(), "XGBoost's native library does not load here");
        PriceModel model = TrainedSynthetic.model();
        double units = model.signals().find(1, "north").orElseThrow().baselineUnits();
        List<ProductEconomics> products = List.of(
                new ProductEconomics(1, new BigDecimal("3.19"), new BigDecimal("2.12"), units * 5 * 4),
                new ProductEconomics(3, new BigDecimal("2.99"), new BigDecimal("1.94"), units * 5 * 4));
        BigDecimal step = new BigDecimal("500.00");

        UpliftCurve curve = model.upliftCurve("north", products, step, 40);

        assertMonotoneAndConcave(curve, step, 40);
        assertThat(curve.incrementalMargin().get(40)).isPositive();
    }

    static void assertMonotoneAndConcave(UpliftCurve curve, BigDecimal step, int steps) {
        assertThat(curve.spend()).hasSize(steps + 1);
        assertThat(curve.incrementalMargin()).hasSize(steps + 1);
        assertThat(curve.incrementalMargin().get(0)).isZero();
        for (int k = 0; k <= steps; k++) {
            assertThat(curve.spend().get(k)).isEqualByComparingTo(step.multiply(BigDecimal.valueOf(k)));
        }
        List<BigDecimal> gains = curve.marginalGains();
        for (int k = 0; k < gains.size(); k++) {
            assertThat(gains.get(k)).as("step %d gains nothing negative", k + 1).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            if (k > 0) {
                assertThat(gains.get(k)).as("step %d gains no more than step %d", k + 1, k).isLessThanOrEqualTo(gains.get(k - 1));
            }
        }
    }

    @Provide
    Arbitrary<double[]> responses() {
        // Non-decreasing from 1, with random convex or concave stretches, as any fitted model may give.
        return Arbitraries.doubles().between(0, 0.3).array(double[].class).ofSize(ResponseCurves.POINTS - 1).map(increments -> {
            double[] m = new double[ResponseCurves.POINTS];
            m[0] = 1;
            for (int i = 1; i < m.length; i++) {
                m[i] = m[i - 1] + increments[i - 1];
            }
            return m;
        });
    }

    @Provide
    Arbitrary<List<ProductEconomics>> economics() {
        Arbitrary<ProductEconomics> one = Combinators.combine(
                Arbitraries.integers().between(1, OjBrand.COUNT),
                Arbitraries.bigDecimals().between(new BigDecimal("0.50"), new BigDecimal("9.99")).ofScale(2),
                Arbitraries.doubles().between(0.2, 1.1),
                Arbitraries.doubles().between(0, 5000)).as((brand, price, costShare, units) -> new ProductEconomics(brand, price,
                price.multiply(BigDecimal.valueOf(costShare)).setScale(2, RoundingMode.HALF_EVEN), units));
        return one.list().ofMinSize(1).ofMaxSize(4).map(ArrayList::new);
    }

    @Provide
    Arbitrary<BigDecimal> steps() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("2000")).ofScale(2);
    }
}
