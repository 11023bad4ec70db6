package io.promoplatform.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    @Test
    void brandMeanPredictsEachBrandsMeanLogmove() {
        SyntheticOj data = SyntheticOj.generate(4, 10, 3);
        BrandMeanBaseline baseline = BrandMeanBaseline.fit(data.rows);

        double[] predicted = baseline.predict(data.rows, data.stores);
        for (int brand : SyntheticOj.BRANDS) {
            double mean = data.rows.stream().filter(r -> r.brand() == brand).mapToDouble(SalesRow::logmove).average().orElseThrow();
            for (int i = 0; i < predicted.length; i++) {
                if (data.rows.get(i).brand() == brand) {
                    assertThat(predicted[i]).isCloseTo(mean, within(1e-9));
                }
            }
        }
    }

    @Test
    void logLogLeastSquaresRecoversTheGeneratingElasticity() {
        SyntheticOj data = SyntheticOj.generate(8, 30, 5);
        LogLogBaseline ols = LogLogBaseline.fit(data.rows, data.stores);

        for (int brand : SyntheticOj.BRANDS) {
            assertThat(ols.elasticity(brand)).isCloseTo(SyntheticOj.ELASTICITY, within(0.05));
        }
        assertThat(ols.coefficients()[LogLogBaseline.DEAL]).isCloseTo(0.5, within(0.03));
        assertThat(ols.coefficients()[LogLogBaseline.PRICES + 4]).isCloseTo(0.4, within(0.05));
        EvaluationResult fit = EvaluationResult.of(Validation.actual(data.rows), ols.predict(data.rows, data.stores));
        assertThat(fit.rmse()).isLessThan(1.2 * SyntheticOj.NOISE);
    }

    @Test
    void leastSquaresSolvesAnOverdeterminedSystemExactlyWhenThereIsNoNoise() {
        double[] beta = {1.5, -2.0, 0.25};
        LeastSquares ls = new LeastSquares(3);
        Random random = new Random(1);
        for (int i = 0; i < 50; i++) {
            double[] x = {1, random.nextGaussian(), random.nextGaussian()};
            ls.add(x, beta[0] * x[0] + beta[1] * x[1] + beta[2] * x[2]);
        }

        assertThat(ls.solve()).containsExactly(new double[] {1.5, -2.0, 0.25}, within(1e-6));
    }

    @Test
    void aColumnThatIsAlwaysZeroGetsAZeroCoefficientInsteadOfFailing() {
        LeastSquares ls = new LeastSquares(2);
        List<double[]> xs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            xs.add(new double[] {i, 0});
        }
        xs.forEach(x -> ls.add(x, 2 * x[0]));

        assertThat(ls.solve()).containsExactly(new double[] {2, 0}, within(1e-6));
    }
}
