package io.promoplatform.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.engine.model.PriceModel;
import io.promoplatform.web.support.OjFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `model train` and `model evaluate` as the contract words them, on a small invented data set. */
class ModelCommandsTest {

    @TempDir
    static Path dir;
    static OjFixture.Files3 data;
    static Path model;
    static String trainOut;
    static int trainExit;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void trainOnce() {
        data = OjFixture.write(dir.resolve("data"), 7);
        model = dir.resolve("m.bin");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trainExit = run(out, new ByteArrayOutputStream(), "model", "train", "--sales", data.sales().toString(),
                "--stores", data.stores().toString(), "--segments", data.segments().toString(),
                "--out", model.toString(), "--version", "fixture-1");
        trainOut = out.toString();
    }

    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return CommandLine.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err));
    }

    private static JsonNode lastJson(String output) {
        List<String> lines = output.lines().toList();
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    @Test
    void trainPrintsProgressAndWritesAModelWithItsProvenance() throws Exception {
        assertThat(trainExit).isZero();
        assertThat(trainOut).contains("fold 1/5").contains("chose ").contains("wrote " + model);
        JsonNode summary = lastJson(trainOut);
        assertThat(summary.get("version").asString()).isEqualTo("fixture-1");
        assertThat(summary.get("rows").asInt()).isEqualTo(OjFixture.STORES * OjFixture.WEEKS * 11);
        try (InputStream in = Files.newInputStream(model)) {
            PriceModel read = PriceModel.read(in);
            assertThat(read.version()).isEqualTo("fixture-1");
            assertThat(read.provenance().segmentsSha256()).hasSize(64);
            assertThat(read.signals().segments()).contains("north", "south");
        }
    }

    @Test
    void evaluatePrintsTheContractsJsonLineLast() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = run(out, new ByteArrayOutputStream(), "model", "evaluate", "--model", model.toString(),
                "--sales", data.sales().toString(), "--stores", data.stores().toString());

        JsonNode last = lastJson(out.toString());
        assertThat(exit).isZero();
        assertThat(last.propertyNames()).containsExactly("rows", "rmse", "mae", "r2");
        assertThat(last.get("rows").asInt()).isEqualTo(OjFixture.STORES * OjFixture.WEEKS * 11);
        // in-sample on learnable synthetic data: the model must explain most of the variance
        assertThat(last.get("r2").asDouble()).isGreaterThan(0.8);
        assertThat(last.get("rmse").asDouble()).isPositive().isLessThan(0.4);
    }

    @Test
    void evaluateWithoutModelUsesTheShippedOneOnUnseenStores() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = run(out, new ByteArrayOutputStream(), "model", "evaluate",
                "--sales", data.sales().toString(), "--stores", data.stores().toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("evaluating oj-");
        assertThat(lastJson(out.toString()).get("rows").asInt()).isEqualTo(OjFixture.STORES * OjFixture.WEEKS * 11);
    }

    @Test
    void aBrokenSalesFileNamesItsLineAndExitsOne() throws Exception {
        Path bad = dir.resolve("bad.csv");
        List<String> lines = Files.readAllLines(data.sales());
        Files.write(bad, List.of(lines.get(0), lines.get(1), "101,1,40,not-a-number,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = run(new ByteArrayOutputStream(), err, "model", "evaluate", "--model", model.toString(),
                "--sales", bad.toString(), "--stores", data.stores().toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("bad.csv").contains("3");
    }

    @Test
    void wrongUsageExitsTwoWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = run(new ByteArrayOutputStream(), err, "model", "train", "--sales", data.sales().toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("model train --sales");
    }

    @Test
    void aMissingFileIsNamed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = run(new ByteArrayOutputStream(), err, "model", "evaluate", "--model", model.toString(),
                "--sales", dir.resolve("nope.csv").toString(), "--stores", data.stores().toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read").contains("nope.csv");
    }
}
