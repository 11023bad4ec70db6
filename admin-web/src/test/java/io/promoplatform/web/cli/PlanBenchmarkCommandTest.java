package io.promoplatform.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `plan benchmark` on the command line: progress, then the contract's JSON line last. */
class PlanBenchmarkCommandTest {

    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return CommandLine.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(err));
    }

    @Test
    void printsTheContractsJsonLineLastWithASmallGap() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = run(out, new ByteArrayOutputStream(), "plan", "benchmark", "--segments", "20", "--steps", "20",
                "--seconds", "1", "--seed", "3");

        List<String> lines = out.toString().lines().toList();
        JsonNode last = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        assertThat(exit).isZero();
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(last.propertyNames()).containsExactly("segments", "steps", "optimum", "found", "gapPercent",
                "seconds");
        assertThat(last.get("segments").asInt()).isEqualTo(20);
        assertThat(new BigDecimal(last.get("gapPercent").asString())).isLessThanOrEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void refusesWrongArgumentsWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = run(new ByteArrayOutputStream(), err, "plan", "benchmark", "--segments", "many");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("whole numbers");
    }
}
