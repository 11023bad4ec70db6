package io.promoplatform.rules.guided;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Bad input must become field errors, never exceptions (API.md: never 500 for bad input). Mutates valid
 * documents at random, character by character, and checks what the parser answers.
 */
class GuidedRuleParserFuzzTest {

    private static final Currency USD = Currency.getInstance("USD");

    private static final List<String> SEEDS = List.of(
            """
            {"name": "Juice", "kind": "PROMOTION", "priority": 100, "stacking": "EXCLUSIVE", "group": "g",
             "validFrom": "2026-11-01T00:00:00Z", "validTo": "2026-12-31T23:59:59Z", "campaign": "c",
             "conditions": {"segments": ["s"], "channels": ["web"], "stores": ["S-2"], "customerTags": ["t"],
              "skus": ["A"], "brands": ["B"], "categories": ["juice"], "minLineQuantity": 2,
              "minCartSubtotal": "20.00", "couponCode": "JUICE10", "signals": {"elasticityAtMost": -3.0}},
             "effect": {"type": "PERCENT_OFF", "percent": "10"}}""",
            """
            {"name": "2+1", "kind": "PROMOTION",
             "effect": {"type": "BUY_X_GET_Y", "buy": 2, "get": 1, "percent": 50}}""",
            """
            {"name": "tiers", "kind": "PROMOTION", "effect": {"type": "ORDER_AMOUNT_OFF",
             "tiers": [{"minSubtotal": "0.00", "amount": "1.00"}, {"minSubtotal": "25.00", "amount": "10.00"}]}}""",
            """
            {"name": "floor", "kind": "GUARD", "conditions": {"brands": ["B"]},
             "effect": {"type": "MIN_MARGIN_PERCENT", "percent": "10"}}""");

    private static final String NOISE = "{}[]\":,.-+0123456789eE \\nulltrfasPROMTIGUADXYZ_";

    @Property(tries = 2000)
    void answersEveryMutatedDocumentWithARuleOrFieldErrorsAndNeverThrows(@ForAll long seed) {
        Random random = new Random(seed);
        String document = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);

        ParseResult result = GuidedRuleParser.parse(document, USD);

        assertThat(result.isValid()).isEqualTo(result.errors().isEmpty());
        assertThat(result.errors()).allSatisfy(error -> {
            assertThat(error.field()).isNotBlank();
            assertThat(error.message()).isNotBlank().doesNotContain("tools.jackson", "Exception");
        });
        if (result.isValid()) {
            assertThat(GuidedRuleParser.parse(GuidedRuleParser.toJson(result.rule()), USD).rule())
                    .isEqualTo(result.rule());
        }
    }

    private static String mutate(String document, Random random) {
        StringBuilder text = new StringBuilder(document);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                default -> text.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
            }
        }
        return text.toString();
    }
}
