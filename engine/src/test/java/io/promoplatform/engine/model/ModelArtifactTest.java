package io.promoplatform.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelArtifactTest {

    @BeforeAll
    static void xgboostLoads() {
        assumeTrue(Learner.XGBOOST.available(), "XGBoost's native library does not load here");
    }

    @Test
    void writtenModelReadsBackWithEqualPredictionsProvenanceSignalsAndCurves() throws IOException {
        PriceModel model = TrainedSynthetic.model();

        PriceModel back = PriceModel.read(new ByteArrayInputStream(bytes(model)));

        SyntheticOj data = TrainedSynthetic.DATA;
        assertThat(back.predict(data.rows, data.stores)).containsExactly(model.predict(data.rows, data.stores));
        assertThat(back.provenance()).isEqualTo(model.provenance());
        assertThat(back.signals()).isEqualTo(model.signals());
        assertThat(back.responseCurves()).isEqualTo(model.responseCurves());
        assertThat(back.storeSegments()).isEqualTo(model.storeSegments());
        assertThat(back.typicalPricePerOunce(1, "north")).isEqualTo(model.typicalPricePerOunce(1, "north"));
        List<ProductEconomics> products = List.of(new ProductEconomics(1, new BigDecimal("2.99"), new BigDecimal("1.90"), 400));
        assertThat(back.upliftCurve("north", products, new BigDecimal("25.00"), 10))
                .isEqualTo(model.upliftCurve("north", products, new BigDecimal("25.00"), 10));
    }

    @Test
    void logLogModelRoundTripsToo() throws IOException {
        SyntheticOj data = SyntheticOj.generate(6, 12, 9);
        PriceModel model = ModelTraining.train(data.rows, data.stores, data.segments, new ModelTraining.Fingerprints("a", "b", ""),
                TrainedSynthetic.options().withCandidates(List.of(Learner.LOG_LOG_OLS)), line -> { }, System.nanoTime());

        PriceModel back = PriceModel.read(new ByteArrayInputStream(bytes(model)));

        assertThat(back.learner()).isEqualTo(Learner.LOG_LOG_OLS);
        assertThat(back.predict(data.rows, data.stores)).containsExactly(model.predict(data.rows, data.stores));
        assertThat(back.provenance()).isEqualTo(model.provenance());
    }

    @Test
    void artifactStartsWithMagicAndFormatVersionAndStaysSmall() throws IOException {
        byte[] bytes = bytes(TrainedSynthetic.model());

        assertThat(new String(bytes, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("PROMOOJM");
        assertThat(ByteBuffer.wrap(bytes, 8, 4).getInt()).isEqualTo(PriceModel.FORMAT_VERSION);
        assertThat(bytes.length).isLessThan(5_000_000);
    }

    @Test
    void anotherFormatVersionIsRefusedWithAMessageNamingBoth() throws IOException {
        byte[] bytes = bytes(TrainedSynthetic.model());
        ByteBuffer.wrap(bytes, 8, 4).putInt(99);

        assertThatThrownBy(() -> PriceModel.read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(IOException.class)
                .hasMessage("price-model artifact format 99 is not supported; this build reads format " + PriceModel.FORMAT_VERSION);
    }

    @Test
    void aFileThatIsNotAnArtifactIsRefused() {
        assertThatThrownBy(() -> PriceModel.read(new ByteArrayInputStream("store,brand,week\n".getBytes())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a price-model artifact");
    }

    @Test
    void aTruncatedArtifactIsRefused() throws IOException {
        byte[] bytes = bytes(TrainedSynthetic.model());
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> PriceModel.read(new ByteArrayInputStream(cut))).isInstanceOf(IOException.class);
    }

    private static byte[] bytes(PriceModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
