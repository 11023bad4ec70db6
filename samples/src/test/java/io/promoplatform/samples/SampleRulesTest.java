package io.promoplatform.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleRulesTest {

    @Test
    void loadsEveryIndexedRuleAsAJsonObject() {
        assertThat(SampleRules.load()).hasSize(8).allSatisfy(json -> assertThat(json.strip()).startsWith("{")
                .endsWith("}").contains("\"kind\""));
    }
}
