package io.promoplatform.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.promoplatform.engine.quote.Signals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTrainingTest {

    @BeforeAll
    static void xgboostLoads() {
        assumeTrue(Learner.XGBOOST.available(), "XGBoost's native library does not load here");
    }

    /**
     * Trees flatten the response where the own price leaves the observed range (the ±5% probe of a week
     * near the highest or lowest price sees no slope beyond it), so a tree ensemble reads a true -3 as
     * about -2.5 on this little data; 25% is the tolerance that says "the slope was learnt".
     */
    @Test
    void xgboostRecoversTheElasticityOfMinusThreeInEverySegment() {
        PriceModel model = TrainedSynthetic.model();

        Map<Integer, Map<String, Signals>> table = model.signals().table();
        assertThat(table).containsOnlyKeys(1, 2, 3);
        for (Map<String, Signals> bySegment : table.values()) {
            assertThat(bySegment).containsOnlyKeys("default", "north", "south");
            bySegment.values().forEach(s -> assertThat(s.elasticity()).isCloseTo(SyntheticOj.ELASTICITY, within(0.75)));
        }
    }

    @Test
    void xgboostFitsUnseenStoresWithSmallError() {
        ModelMetrics metrics = TrainedSynthetic.model().provenance().metrics();

        assertThat(metrics.leaveStoresOut().model().rmse()).isLessThan(0.3);
        assertThat(metrics.leaveStoresOut().model().rmse()).isLessThan(metrics.leaveStoresOut().brandMean().rmse());
        assertThat(metrics.lastWeeks().model().rmse()).isLessThan(0.3);
    }

    @Test
    void baselineUnitsAreExpectedUnitsAtTheRegularPrice() {
        PriceModel model = TrainedSynthetic.model();

        // At base prices, no deal or feature, logmove is 10 - 0.3·brand + 0.8·(income - 10.5), about 9.7 for brand 1.
        double units = model.signals().find(1, "default").orElseThrow().baselineUnits();
        assertThat(Math.log(units)).isCloseTo(9.7, within(0.35));
    }

    @Test
    void provenanceRecordsVersionFingerprintsTrainerParametersAndMetrics() {
        PriceModelProvenance p = TrainedSynthetic.model().provenance();

        assertThat(p.version()).isEqualTo("oj-2026-01-01-7");
        assertThat(p.salesSha256()).isEqualTo(OjCsv.sha256(TrainedSynthetic.DIR.resolve("sales.csv"))).hasSize(64);
        assertThat(p.storesSha256()).isEqualTo(OjCsv.sha256(TrainedSynthetic.DIR.resolve("stores.csv")));
        assertThat(p.segmentsSha256()).isEqualTo(OjCsv.sha256(TrainedSynthetic.DIR.resolve("segments.csv")));
        assertThat(p.learner()).isEqualTo(Learner.XGBOOST);
        assertThat(p.trainer()).contains("XGBoostRegressionTrainer");
        assertThat(p.parameters()).containsEntry("max_depth", "8").containsKey("rounds");
        assertThat(p.trainingRows()).isEqualTo(TrainedSynthetic.DATA.rows.size());
        assertThat(p.trainingStores()).isEqualTo(10);
        assertThat(p.featureNames()).contains("logOwnPrice").doesNotContain("store");
        assertThat(p.metrics().folds()).isEqualTo(3);
        assertThat(p.metrics().smearing()).isBetween(0.9, 1.2);
    }

    @Test
    void keepsAnOutOfFoldSampleThatMatchesTheRowsItCameFrom() {
        var sample = TrainedSynthetic.model().provenance().metrics().outOfFold();
        assertThat(sample).hasSizeBetween(100, ModelMetrics.SAMPLE_POINTS);
        var rows = TrainedSynthetic.DATA.rows;
        var first = rows.get(0);
        assertThat(sample.get(0).actual()).isCloseTo(first.logmove(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(sample.get(0).store()).isEqualTo(first.store());
        assertThat(sample.stream().map(ModelMetrics.SamplePoint::store).distinct().count()).isGreaterThan(5);
        // out-of-fold predictions are honest but close: the synthetic data is learnable
        double sse = sample.stream().mapToDouble(s -> Math.pow(s.actual() - s.predicted(), 2)).sum();
        assertThat(Math.sqrt(sse / sample.size())).isLessThan(0.6).isGreaterThan(0.0);
    }

    @Test
    void progressReportsEveryFoldAndTheChoice() {
        TrainedSynthetic.model();

        assertThat(TrainedSynthetic.PROGRESS)
                .anyMatch(l -> l.startsWith("xgboost fold 2/3: rmse "))
                .anyMatch(l -> l.startsWith("log-log-ols fold 3/3: rmse "))
                .anyMatch(l -> l.startsWith("chose xgboost"))
                .anyMatch(l -> l.startsWith("xgboost: fitting on 600 rows"));
    }

    @Test
    void aStoreAbsentFromTrainingIsPredictedFromItsDemographics(@TempDir Path dir) {
        SyntheticOj other = SyntheticOj.generate(12, 20, 42);
        List<SalesRow> unseen = other.rows.stream().filter(r -> r.store() > 10).toList();

        EvaluationResult result = TrainedSynthetic.model().evaluate(unseen, other.stores);

        assertThat(result.rows()).isEqualTo(unseen.size());
        assertThat(result.rmse()).isLessThan(0.4);
    }

    @Test
    void evaluateReadsTheFilesAndScoresEveryRow() {
        EvaluationResult result = ModelEvaluation.evaluate(TrainedSynthetic.model(), TrainedSynthetic.DIR.resolve("sales.csv"),
                TrainedSynthetic.DIR.resolve("stores.csv"));

        assertThat(result.rows()).isEqualTo(600);
        assertThat(result.r2()).isGreaterThan(0.8);
    }

    @Test
    void crossValidationPicksTheLogLogModelWhenTheDataIsTrulyLogLog() {
        List<String> progress = new ArrayList<>();
        CrossValidationReport report = ModelEvaluation.crossValidate(TrainedSynthetic.DIR.resolve("sales.csv"),
                TrainedSynthetic.DIR.resolve("stores.csv"),
                TrainedSynthetic.options().withCandidates(List.of(Learner.XGBOOST, Learner.LOG_LOG_OLS)), progress::add);

        assertThat(report.scores()).extracting(LearnerScore::learner)
                .containsExactly(Learner.XGBOOST, Learner.LOG_LOG_OLS, Learner.BRAND_MEAN);
        assertThat(report.winner()).isEqualTo(Learner.LOG_LOG_OLS);
        assertThat(report.score(Learner.LOG_LOG_OLS).leaveStoresOut().rmse())
                .isLessThan(report.score(Learner.XGBOOST).leaveStoresOut().rmse());
        assertThat(report.firstHoldoutWeek()).isEqualTo(55);
        assertThat(report.lines()).anyMatch(l -> l.startsWith("log-log-ols") && l.endsWith("<- chosen"));
    }

    @Test
    void salesOfAStoreMissingFromTheStoresFileAreRejectedBeforeTraining(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("stores.csv"), Files.readAllLines(TrainedSynthetic.DIR.resolve("stores.csv")).get(0) + "\n"
                + Files.readAllLines(TrainedSynthetic.DIR.resolve("stores.csv")).get(1) + "\n");

        assertThatThrownBy(() -> ModelTraining.train(TrainedSynthetic.DIR.resolve("sales.csv"), dir.resolve("stores.csv"), null,
                TrainedSynthetic.options(), line -> { }))
                .hasMessageContaining("have sales rows but no demographics");
    }
}
