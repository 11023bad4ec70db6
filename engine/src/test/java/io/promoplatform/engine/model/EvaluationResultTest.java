package io.promoplatform.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationResultTest {

    @Test
    void computesRmseMaeAndR2() {
        EvaluationResult r = EvaluationResult.of(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 6});

        assertThat(r.rows()).isEqualTo(4);
        assertThat(r.rmse()).isCloseTo(1.0, within(1e-12));
        assertThat(r.mae()).isCloseTo(0.5, within(1e-12));
        assertThat(r.r2()).isCloseTo(1 - 4 / 5.0, within(1e-12));
    }

    @Test
    void jsonIsTheCommandLinesLastLine() {
        EvaluationResult r = new EvaluationResult(85492, 0.49171, 0.3727, 0.8151);

        assertThat(r.toJson()).isEqualTo("{\"rows\": 85492, \"rmse\": 0.4917, \"mae\": 0.3727, \"r2\": 0.8151}");
    }

    @Test
    void undefinedR2IsWrittenAsJsonNull() {
        EvaluationResult r = EvaluationResult.of(new double[] {2, 2}, new double[] {2, 2});

        assertThat(r.toJson()).isEqualTo("{\"rows\": 2, \"rmse\": 0.0000, \"mae\": 0.0000, \"r2\": null}");
    }
}
