package io.promoplatform.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The field diff rule revisions and audit events are shown with, and the line diff of DRL (changed lines only). */
class JsonDiffTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void namesChangedAddedAndRemovedFieldsByTheirApiPath() {
        var changes = JsonDiff.of(JSON.readTree("{\"name\":\"a\",\"conditions\":{\"skus\":[\"X\",\"Y\"]},\"group\":\"g\"}"),
                JSON.readTree("{\"name\":\"b\",\"conditions\":{\"skus\":[\"X\"]},\"priority\":5}"));

        assertThat(changes).containsExactly(
                new JsonDiff.Change("name", "a", "b"),
                new JsonDiff.Change("conditions.skus[1]", "Y", null),
                new JsonDiff.Change("group", "g", null),
                new JsonDiff.Change("priority", null, "5"));
    }

    @Test
    void anAbsentDocumentIsAllAddedAndEqualDocumentsHaveNoChanges() {
        assertThat(JsonDiff.of(null, JSON.readTree("{\"a\":1}"))).containsExactly(new JsonDiff.Change("a", null, "1"));
        assertThat(JsonDiff.of(JSON.readTree("{\"a\":[1,2]}"), JSON.readTree("{\"a\":[1,2]}"))).isEmpty();
    }

    @Test
    void lineDiffPairsTheReplacedLineAndLeavesCommonLinesOut() {
        var lines = JsonDiff.lines("rule A\nwhen\nthen\nend", "rule A\nwhen x\nthen\nend\n// added");

        assertThat(lines).containsExactly(new JsonDiff.LineChange(2, "when", 2, "when x"),
                new JsonDiff.LineChange(null, null, 5, "// added"));
    }
}
