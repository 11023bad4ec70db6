package io.promoplatform.rules.guided;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GuidedRuleParserTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    /** JSON written with single quotes, so the documents below stay readable. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static GuidedRule valid(String singleQuoted) {
        ParseResult result = GuidedRuleParser.parse(json(singleQuoted), USD);
        assertThat(result.errors()).isEmpty();
        return result.rule();
    }

    private static List<FieldError> errors(String singleQuoted) {
        return errors(singleQuoted, USD);
    }

    private static List<FieldError> errors(String singleQuoted, Currency currency) {
        ParseResult result = GuidedRuleParser.parse(json(singleQuoted), currency);
        assertThat(result.rule()).isNull();
        return result.errors();
    }

    /** A promotion around the given effect, with nothing else to complain about. */
    private static String promotion(String effect) {
        return "{'name': 'n', 'kind': 'PROMOTION', 'effect': " + effect + "}";
    }

    private static String withConditions(String conditions) {
        return "{'name': 'n', 'kind': 'PROMOTION', 'conditions': " + conditions
                + ", 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}";
    }

    private static String guard(String extraFields, String effect) {
        return "{'name': 'floor', 'kind': 'GUARD', " + extraFields + " 'effect': " + effect + "}";
    }

    @Nested
    class TheDocument {

        @Test
        void parsesTheExampleOfPricingMdIntoTheModel() {
            GuidedRule rule = valid("""
                    {
                      'name': 'Juice: 10% off for value shoppers',
                      'kind': 'PROMOTION',
                      'priority': 100,
                      'stacking': 'STACKABLE',
                      'group': 'juice-deals',
                      'validFrom': '2026-11-01T00:00:00Z',
                      'validTo': '2026-12-31T23:59:59Z',
                      'campaign': 'winter-juice',
                      'conditions': {
                        'segments': ['value-suburban'],
                        'channels': ['web', 'app'],
                        'stores': ['S-2'],
                        'customerTags': ['loyalty'],
                        'skus': ['OJ-TROP-64'],
                        'brands': ['Tropicana'],
                        'categories': ['juice'],
                        'minLineQuantity': 2,
                        'minCartSubtotal': '20.00',
                        'couponCode': 'JUICE10',
                        'signals': {'elasticityAtMost': -3.0}
                      },
                      'effect': {'type': 'PERCENT_OFF', 'percent': '10'}
                    }""");

            assertThat(rule).isEqualTo(new GuidedRule("Juice: 10% off for value shoppers", RuleKind.PROMOTION, 100,
                    Stacking.STACKABLE, "juice-deals", Instant.parse("2026-11-01T00:00:00Z"),
                    Instant.parse("2026-12-31T23:59:59Z"), "winter-juice",
                    new Conditions(List.of("value-suburban"), List.of("web", "app"), List.of("S-2"),
                            List.of("loyalty"), List.of("OJ-TROP-64"), List.of("Tropicana"), List.of("juice"), 2,
                            new BigDecimal("20.00"), "JUICE10", new SignalConditions(-3.0, null, null, null)),
                    new Effect(EffectType.PERCENT_OFF, new BigDecimal("10"), null, null, null, null, List.of())));
        }

        @Test
        void fillsInPriorityStackingAndEmptyConditionsWhenLeftOut() {
            GuidedRule rule = valid(promotion("{'type': 'PERCENT_OFF', 'percent': '10'}"));

            assertThat(rule.priority()).isEqualTo(100);
            assertThat(rule.stacking()).isEqualTo(Stacking.STACKABLE);
            assertThat(rule.conditions()).isEqualTo(Conditions.none());
        }

        @Test
        void reportsMalformedJsonAsTheBodyWithItsPosition() {
            assertThat(errors("{'name': 'n',\n 'kind': }")).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("body");
                assertThat(error.message()).startsWith("is not well-formed JSON near line 2, column");
            });
        }

        @Test
        void reportsTruncatedJsonWithoutNamingTheParserInternals() {
            assertThat(errors("{'name': 'n'")).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("body");
                assertThat(error.message()).doesNotContain("Source", "Feature", "REDACTED");
            });
        }

        @Test
        void refusesADuplicatedKeyInsteadOfKeepingTheLastOne() {
            assertThat(errors("{'name': 'a', 'name': 'b', 'kind': 'PROMOTION'}")).singleElement()
                    .satisfies(error -> assertThat(error.message()).contains("Duplicate", "\"name\""));
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "null", "'rule'", "42"})
        void refusesADocumentThatIsNotAnObject(String document) {
            assertThat(errors(document)).containsExactly(new FieldError("body", "must be a JSON object"));
        }

        @Test
        void refusesAnEmptyOrMissingDocument() {
            assertThat(errors("")).containsExactly(new FieldError("body", "must be a JSON object"));
            assertThat(GuidedRuleParser.parse(null, USD).errors()).containsExactly(new FieldError("body",
                    "is missing"));
        }

        @Test
        void treatsJsonNullAsALeftOutField() {
            GuidedRule rule = valid("{'name': 'n', 'kind': 'PROMOTION', 'group': null, 'conditions': null,"
                    + " 'effect': {'type': 'PERCENT_OFF', 'percent': '10', 'amount': null}}");

            assertThat(rule.group()).isNull();
            assertThat(errors("{'name': null, 'kind': 'PROMOTION', 'effect': {'type': 'PERCENT_OFF', 'percent': 5}}"))
                    .containsExactly(new FieldError("name", "is required"));
        }

        @Test
        void reportsEveryProblemOfADocumentInOnePass() {
            List<FieldError> errors = errors("""
                    {'kind': 'PROMO', 'priority': 2000, 'colour': 'red',
                     'conditions': {'skus': ['A', ''], 'minCartSubtotal': 20},
                     'effect': {'type': 'ORDER_PERCENT_OFF', 'tiers': [{'minSubtotal': '-1.00', 'percent': '0'}]}}""");

            assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("colour", "name", "kind",
                    "priority", "conditions.skus[1]", "conditions.minCartSubtotal",
                    "effect.tiers[0].minSubtotal", "effect.tiers[0].percent");
        }
    }

    @Nested
    class RuleFields {

        @Test
        void requiresNameKindAndEffect() {
            assertThat(errors("{}")).containsExactly(new FieldError("name", "is required"),
                    new FieldError("kind", "is required"), new FieldError("effect", "is required"));
        }

        @Test
        void requiresTheEffectType() {
            assertThat(errors(promotion("{'percent': '10'}")))
                    .containsExactly(new FieldError("effect.type", "is required"));
        }

        @Test
        void rejectsUnknownFieldsAtEveryLevel() {
            List<FieldError> errors = errors("""
                    {'name': 'n', 'kind': 'PROMOTION', 'note': 'x',
                     'conditions': {'sku': ['A'], 'signals': {'elasticity': -1}},
                     'effect': {'type': 'ORDER_AMOUNT_OFF', 'max': '1.00',
                                'tiers': [{'minSubtotal': '10.00', 'amount': '1.00', 'limit': 2}]}}""");

            assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("note", "conditions.sku",
                    "conditions.signals.elasticity", "effect.max", "effect.tiers[0].limit");
            assertThat(errors).extracting(FieldError::message).containsOnly("is not a known field");
        }

        @Test
        void namesTheExpectedTypeOfAFieldWithTheWrongOne() {
            List<FieldError> errors = errors("""
                    {'name': 12, 'kind': 'PROMOTION', 'priority': '100', 'conditions': {'skus': 'A',
                     'minLineQuantity': 1.5}, 'effect': 'PERCENT_OFF'}""");

            assertThat(errors).containsExactly(
                    new FieldError("name", "must be a string"),
                    new FieldError("priority", "must be a whole number"),
                    new FieldError("conditions.skus", "must be a JSON array"),
                    new FieldError("conditions.minLineQuantity", "must be a whole number"),
                    new FieldError("effect", "must be a JSON object"));
        }

        @Test
        void listsTheAllowedValuesOfAnUnknownEnumConstant() {
            List<FieldError> errors = errors("{'name': 'n', 'kind': 'promotion', 'stacking': 'ALONE',"
                    + " 'effect': {'type': 'HALF_OFF'}}");

            assertThat(errors).containsExactly(
                    new FieldError("kind", "must be one of PROMOTION, GUARD"),
                    new FieldError("stacking", "must be one of STACKABLE, EXCLUSIVE"),
                    new FieldError("effect.type", "must be one of PERCENT_OFF, AMOUNT_OFF_UNIT, FIXED_UNIT_PRICE, "
                            + "BUY_X_GET_Y, ORDER_PERCENT_OFF, ORDER_AMOUNT_OFF, MIN_MARGIN_PERCENT, "
                            + "MAX_DISCOUNT_PERCENT, MIN_UNIT_PRICE"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1", "1001", "100.5", "1e2", "99999999999"})
        void rejectsAPriorityThatIsNotAWholeNumberFromZeroToAThousand(String priority) {
            assertThat(errors("{'name': 'n', 'kind': 'PROMOTION', 'priority': " + priority
                    + ", 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}"))
                    .extracting(FieldError::field).containsExactly("priority");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1000})
        void acceptsTheBoundsOfThePriorityRange(int priority) {
            assertThat(valid("{'name': 'n', 'kind': 'PROMOTION', 'priority': " + priority
                    + ", 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}").priority()).isEqualTo(priority);
        }

        @Test
        void acceptsANameOfTwoHundredCharactersButNotMoreOrBlank() {
            String longest = "x".repeat(200);
            assertThat(valid("{'name': '" + longest + "', 'kind': 'PROMOTION',"
                    + " 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}").name()).isEqualTo(longest);
            assertThat(errors("{'name': '" + longest + "x', 'kind': 'PROMOTION',"
                    + " 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}"))
                    .containsExactly(new FieldError("name", "must be at most 200 characters"));
            assertThat(errors("{'name': '  ', 'kind': 'PROMOTION', 'effect': {'type': 'PERCENT_OFF', 'percent': 1}}"))
                    .containsExactly(new FieldError("name", "must not be blank"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Juice-Deals", "-juice", "juice deals", "juice_deals", ""})
        void rejectsGroupAndCampaignIdsThatAreNotLowerCaseSlugs(String id) {
            assertThat(errors("{'name': 'n', 'kind': 'PROMOTION', 'group': '" + id + "', 'campaign': '" + id
                    + "', 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}"))
                    .extracting(FieldError::field).containsExactly("group", "campaign");
        }

        @Test
        void acceptsIdsOfUpToSixtyFourCharacters() {
            String longest = "a" + "-".repeat(62) + "z";
            assertThat(valid("{'name': 'n', 'kind': 'PROMOTION', 'campaign': '" + longest
                    + "', 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}").campaign()).isEqualTo(longest);
            assertThat(errors("{'name': 'n', 'kind': 'PROMOTION', 'campaign': '" + longest + "z"
                    + "', 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}"))
                    .extracting(FieldError::field).containsExactly("campaign");
        }
    }

    @Nested
    class ValidityWindow {

        private String window(String from, String to) {
            return "{'name': 'n', 'kind': 'PROMOTION', 'validFrom': '" + from + "', 'validTo': '" + to
                    + "', 'effect': {'type': 'PERCENT_OFF', 'percent': '10'}}";
        }

        @Test
        void rejectsAWindowThatEndsBeforeItStarts() {
            assertThat(errors(window("2026-12-01T00:00:00Z", "2026-11-30T23:59:59Z")))
                    .containsExactly(new FieldError("validTo", "must not be before validFrom"));
        }

        @Test
        void acceptsAWindowOfASingleInstant() {
            GuidedRule rule = valid(window("2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z"));

            assertThat(rule.validFrom()).isEqualTo(rule.validTo());
        }

        @Test
        void readsTimestampsWithAnyOffsetAsInstants() {
            GuidedRule rule = valid(window("2026-12-01T01:00:00+01:00", "2026-12-02T00:00:00Z"));

            assertThat(rule.validFrom()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-12-01T00:00:00", "2026-12-01", "tomorrow"})
        void rejectsTimestampsWithoutAnOffset(String timestamp) {
            assertThat(errors(window(timestamp, "2026-12-31T00:00:00Z"))).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("validFrom");
                assertThat(error.message()).contains("ISO-8601");
            });
        }
    }

    @Nested
    class ConditionLists {

        @Test
        void reportsEachBadListElementByItsIndex() {
            assertThat(errors(withConditions("{'skus': ['A', '', 3, '" + "x".repeat(65) + "', 'B']}")))
                    .containsExactly(
                            new FieldError("conditions.skus[1]", "must not be blank"),
                            new FieldError("conditions.skus[2]", "must be a string"),
                            new FieldError("conditions.skus[3]", "must be at most 64 characters"));
        }

        @Test
        void refusesAnEmptyListRatherThanReadingItAsNoCondition() {
            assertThat(errors(withConditions("{'brands': []}"))).containsExactly(
                    new FieldError("conditions.brands", "must not be empty (leave the field out instead)"));
        }

        @Test
        void acceptsFiveHundredElementsButNotMore() {
            String fiveHundred = String.join(", ", Collections.nCopies(500, "'S-1'"));

            assertThat(valid(withConditions("{'stores': [" + fiveHundred + "]}")).conditions().stores())
                    .hasSize(500);
            assertThat(errors(withConditions("{'stores': [" + fiveHundred + ", 'S-2']}")))
                    .containsExactly(new FieldError("conditions.stores", "must have at most 500 elements"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-2", "10000"})
        void rejectsAMinimumLineQuantityOutsideOneTo9999(String quantity) {
            assertThat(errors(withConditions("{'minLineQuantity': " + quantity + "}")))
                    .containsExactly(new FieldError("conditions.minLineQuantity", "must be between 1 and 9999"));
        }

        @Test
        void rejectsABlankCouponCode() {
            assertThat(errors(withConditions("{'couponCode': ''}")))
                    .containsExactly(new FieldError("conditions.couponCode", "must not be blank"));
        }
    }

    @Nested
    class SignalBounds {

        @Test
        void readsEveryBound() {
            assertThat(valid(withConditions("{'signals': {'elasticityAtMost': -1.5, 'elasticityAtLeast': -4,"
                    + " 'baselineUnitsAtMost': 80, 'baselineUnitsAtLeast': 12.5}}")).conditions().signals())
                    .isEqualTo(new SignalConditions(-1.5, -4.0, 80.0, 12.5));
        }

        @Test
        void refusesSignalsWithoutAnyBound() {
            assertThat(errors(withConditions("{'signals': {}}"))).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("conditions.signals");
                assertThat(error.message()).startsWith("must have at least one of");
            });
        }

        @Test
        void refusesALowerBoundAboveTheUpperBound() {
            assertThat(errors(withConditions("{'signals': {'elasticityAtMost': -3, 'elasticityAtLeast': -1}}")))
                    .extracting(FieldError::field).containsExactly("conditions.signals.elasticityAtLeast");
            assertThat(errors(withConditions("{'signals': {'baselineUnitsAtMost': 5, 'baselineUnitsAtLeast': 6}}")))
                    .extracting(FieldError::field).containsExactly("conditions.signals.baselineUnitsAtLeast");
        }

        @Test
        void refusesABoundThatIsNotANumber() {
            assertThat(errors(withConditions("{'signals': {'elasticityAtMost': '-3'}}")))
                    .containsExactly(new FieldError("conditions.signals.elasticityAtMost",
                            "must be a finite JSON number"));
        }
    }

    @Nested
    class MoneyFields {

        @Test
        void refusesMoneyGivenAsAJsonNumber() {
            assertThat(errors(promotion("{'type': 'AMOUNT_OFF_UNIT', 'amount': 1.00}"))).containsExactly(
                    new FieldError("effect.amount", "must be a money string such as \"20.00\", not a JSON number"));
        }

        @Test
        void refusesMoreDecimalsThanTheCurrencyHas() {
            assertThat(errors(promotion("{'type': 'AMOUNT_OFF_UNIT', 'amount': '1.005'}")))
                    .containsExactly(new FieldError("effect.amount", "has more than 2 decimal places for USD"));
            assertThat(errors(promotion("{'type': 'FIXED_UNIT_PRICE', 'price': '99.5'}"), JPY))
                    .containsExactly(new FieldError("effect.price", "has more than 0 decimal places for JPY"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00", "-1.00", "-0.01"})
        void refusesAmountsAndPricesThatAreNotPositive(String amount) {
            assertThat(errors(promotion("{'type': 'AMOUNT_OFF_UNIT', 'amount': '" + amount + "'}")))
                    .containsExactly(new FieldError("effect.amount", "must be greater than 0"));
            assertThat(errors(promotion("{'type': 'FIXED_UNIT_PRICE', 'price': '" + amount + "'}")))
                    .containsExactly(new FieldError("effect.price", "must be greater than 0"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1e3", "+1.00", " 1.00", "1,00", "$1"})
        void refusesMoneyThatIsNotAPlainDecimal(String amount) {
            assertThat(errors(withConditions("{'minCartSubtotal': '" + amount + "'}")))
                    .extracting(FieldError::field).containsExactly("conditions.minCartSubtotal");
        }

        @Test
        void keepsMoneyAtTheCurrencyScale() {
            assertThat(valid(promotion("{'type': 'AMOUNT_OFF_UNIT', 'amount': '2'}")).effect().amount())
                    .isEqualTo(new BigDecimal("2.00"));
            assertThat(GuidedRuleParser.parse(json(promotion("{'type': 'AMOUNT_OFF_UNIT', 'amount': '500'}")), JPY)
                    .rule().effect().amount()).isEqualTo(new BigDecimal("500"));
        }
    }

    @Nested
    class Percentages {

        @ParameterizedTest
        @ValueSource(strings = {"'10'", "'10.0'", "10", "10.00", "1e1"})
        void readsAPercentFromAStringOrANumberAsTheSameValue(String percent) {
            assertThat(valid(promotion("{'type': 'PERCENT_OFF', 'percent': " + percent + "}")).effect().percent())
                    .isEqualTo(new BigDecimal("10"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"'0'", "0", "'-5'", "'100.01'", "101"})
        void refusesADiscountPercentOutsideZeroExclusiveToAHundred(String percent) {
            assertThat(errors(promotion("{'type': 'PERCENT_OFF', 'percent': " + percent + "}")))
                    .containsExactly(new FieldError("effect.percent", "must be greater than 0 and at most 100"));
        }

        @Test
        void acceptsAHundredPercentOff() {
            assertThat(valid(promotion("{'type': 'PERCENT_OFF', 'percent': '100'}")).effect().percent())
                    .isEqualTo(new BigDecimal("100"));
        }

        @Test
        void refusesMoreThanFourDecimals() {
            assertThat(errors(promotion("{'type': 'PERCENT_OFF', 'percent': '33.33333'}")))
                    .containsExactly(new FieldError("effect.percent", "must have at most 4 decimal places"));
            assertThat(valid(promotion("{'type': 'PERCENT_OFF', 'percent': '33.3333'}")).effect().percent())
                    .isEqualTo(new BigDecimal("33.3333"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"'ten'", "true", "'1e1'", "[10]"})
        void refusesAPercentThatIsNotADecimal(String percent) {
            assertThat(errors(promotion("{'type': 'PERCENT_OFF', 'percent': " + percent + "}"))).containsExactly(
                    new FieldError("effect.percent", "must be a decimal such as \"12.5\" (a string or a JSON number)"));
        }

        @Test
        void letsAMarginGuardAskForCostOrAMarkupAboveAHundredPercent() {
            assertThat(valid(guard("", "{'type': 'MIN_MARGIN_PERCENT', 'percent': '0'}")).effect().percent())
                    .isEqualTo(new BigDecimal("0"));
            assertThat(valid(guard("", "{'type': 'MIN_MARGIN_PERCENT', 'percent': '250'}")).effect().percent())
                    .isEqualTo(new BigDecimal("250"));
            assertThat(errors(guard("", "{'type': 'MIN_MARGIN_PERCENT', 'percent': '1000.5'}")))
                    .containsExactly(new FieldError("effect.percent", "must be between 0 and 1000"));
        }

        @Test
        void letsAMaximumDiscountGuardForbidAnyDiscount() {
            assertThat(valid(guard("", "{'type': 'MAX_DISCOUNT_PERCENT', 'percent': 0}")).effect().percent())
                    .isEqualTo(new BigDecimal("0"));
            assertThat(errors(guard("", "{'type': 'MAX_DISCOUNT_PERCENT', 'percent': '100.5'}")))
                    .containsExactly(new FieldError("effect.percent", "must be between 0 and 100"));
        }
    }

    @Nested
    class EffectFieldsByType {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "PROMOTION | PERCENT_OFF        | effect.percent",
                "PROMOTION | AMOUNT_OFF_UNIT    | effect.amount",
                "PROMOTION | FIXED_UNIT_PRICE   | effect.price",
                "PROMOTION | BUY_X_GET_Y        | effect.buy effect.get",
                "PROMOTION | ORDER_PERCENT_OFF  | effect.tiers",
                "PROMOTION | ORDER_AMOUNT_OFF   | effect.tiers",
                "GUARD     | MIN_MARGIN_PERCENT | effect.percent",
                "GUARD     | MAX_DISCOUNT_PERCENT | effect.percent",
                "GUARD     | MIN_UNIT_PRICE     | effect.price"})
        void requiresTheFieldsOfEachEffectType(String kind, String type, String missing) {
            List<FieldError> errors = errors("{'name': 'n', 'kind': '" + kind + "', 'effect': {'type': '" + type
                    + "'}}");

            assertThat(errors).extracting(FieldError::field).containsExactly(missing.split(" "));
            assertThat(errors).extracting(FieldError::message).containsOnly("is required");
        }

        @Test
        void refusesFieldsThatBelongToAnotherEffectType() {
            assertThat(errors(promotion("{'type': 'PERCENT_OFF', 'percent': '10', 'tiers': [], 'buy': 2}")))
                    .containsExactly(
                            new FieldError("effect.buy", "does not apply to PERCENT_OFF (it takes percent)"),
                            new FieldError("effect.tiers", "does not apply to PERCENT_OFF (it takes percent)"));
            assertThat(errors(promotion("{'type': 'AMOUNT_OFF_UNIT', 'amount': '1.00', 'price': '2.00'}")))
                    .containsExactly(new FieldError("effect.price",
                            "does not apply to AMOUNT_OFF_UNIT (it takes amount)"));
        }

        @Test
        void checksTheFieldsOnTheirOwnTermsWhenTheTypeIsUnknown() {
            List<FieldError> errors = errors(promotion("{'type': 'HALF_OFF', 'percent': 'x', 'amount': 3}"));

            assertThat(errors).extracting(FieldError::field).containsExactly("effect.type", "effect.percent",
                    "effect.amount");
        }

        @Test
        void givesBuyXGetYAHundredPercentOffTheFreeUnitsByDefault() {
            Effect effect = valid(promotion("{'type': 'BUY_X_GET_Y', 'buy': 2, 'get': 1}")).effect();

            assertThat(effect).isEqualTo(new Effect(EffectType.BUY_X_GET_Y, new BigDecimal("100"), null, null, 2, 1,
                    List.of()));
        }

        @Test
        void takesAPartialDiscountForBuyXGetY() {
            assertThat(valid(promotion("{'type': 'BUY_X_GET_Y', 'buy': 1, 'get': 1, 'percent': '50'}")).effect()
                    .percent()).isEqualTo(new BigDecimal("50"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "0   | 1   | effect.buy",
                "1   | 0   | effect.get",
                "1.5 | 1   | effect.buy",
                "'2' | 1   | effect.buy",
                "2   | -1  | effect.get",
                "10000 | 1 | effect.buy"})
        void refusesBuyAndGetCountsThatAreNotWholeNumbersFromOne(String buy, String get, String field) {
            assertThat(errors(promotion("{'type': 'BUY_X_GET_Y', 'buy': " + buy + ", 'get': " + get + "}")))
                    .extracting(FieldError::field).containsExactly(field);
        }
    }

    @Nested
    class Tiers {

        private String orderPercent(String tiers) {
            return promotion("{'type': 'ORDER_PERCENT_OFF', 'tiers': " + tiers + "}");
        }

        private String orderAmount(String tiers) {
            return promotion("{'type': 'ORDER_AMOUNT_OFF', 'tiers': " + tiers + "}");
        }

        @Test
        void readsClimbingTiersStartingAtZero() {
            List<Tier> tiers = valid(orderPercent("[{'minSubtotal': '0', 'percent': 5},"
                    + " {'minSubtotal': '50.00', 'percent': '10'}]")).effect().tiers();

            assertThat(tiers).containsExactly(new Tier(new BigDecimal("0.00"), new BigDecimal("5"), null),
                    new Tier(new BigDecimal("50.00"), new BigDecimal("10"), null));
        }

        @Test
        void refusesAnOrderEffectWithoutTiers() {
            assertThat(errors(orderAmount("[]"))).containsExactly(
                    new FieldError("effect.tiers", "must not be empty (leave the field out instead)"));
        }

        @Test
        void refusesTiersThatDoNotClimb() {
            assertThat(errors(orderAmount("[{'minSubtotal': '50.00', 'amount': '5.00'},"
                    + " {'minSubtotal': '25.00', 'amount': '2.00'}]"))).containsExactly(new FieldError(
                    "effect.tiers[1].minSubtotal",
                    "must be greater than the previous tier's minSubtotal (50.00): tiers climb"));
        }

        @Test
        void refusesTwoTiersWithTheSameThreshold() {
            assertThat(errors(orderAmount("[{'minSubtotal': '25', 'amount': '5.00'},"
                    + " {'minSubtotal': '25.00', 'amount': '7.00'}]"))).containsExactly(new FieldError(
                    "effect.tiers[1].minSubtotal", "duplicates the minSubtotal of tiers[0]"));
        }

        @Test
        void refusesANegativeThreshold() {
            assertThat(errors(orderAmount("[{'minSubtotal': '-0.01', 'amount': '5.00'}]")))
                    .containsExactly(new FieldError("effect.tiers[0].minSubtotal", "must not be negative"));
        }

        @Test
        void refusesTierDiscountsThatAreNotPositiveOrAboveAHundredPercent() {
            assertThat(errors(orderAmount("[{'minSubtotal': '10.00', 'amount': '0.00'}]")))
                    .containsExactly(new FieldError("effect.tiers[0].amount", "must be greater than 0"));
            assertThat(errors(orderPercent("[{'minSubtotal': '10.00', 'percent': '120'}]")))
                    .containsExactly(new FieldError("effect.tiers[0].percent",
                            "must be greater than 0 and at most 100"));
        }

        @Test
        void requiresTheTierFieldsOfTheEffectTypeAndRefusesTheOthers() {
            assertThat(errors(orderPercent("[{'minSubtotal': '10.00', 'amount': '1.00'}]"))).containsExactly(
                    new FieldError("effect.tiers[0].amount",
                            "does not apply to a tier of ORDER_PERCENT_OFF (it takes minSubtotal, percent)"),
                    new FieldError("effect.tiers[0].percent", "is required"));
            assertThat(errors(orderAmount("[{'amount': '1.00'}]")))
                    .containsExactly(new FieldError("effect.tiers[0].minSubtotal", "is required"));
        }

        @Test
        void refusesATierThatIsNotAnObject() {
            assertThat(errors(orderAmount("['10.00']")))
                    .containsExactly(new FieldError("effect.tiers[0]", "must be a JSON object"));
        }
    }

    @Nested
    class KindsAndEffects {

        @Test
        void refusesAGuardEffectOnAPromotion() {
            assertThat(errors(promotion("{'type': 'MIN_UNIT_PRICE', 'price': '1.00'}"))).containsExactly(
                    new FieldError("effect.type", "must be a promotion effect for a PROMOTION rule: one of "
                            + "PERCENT_OFF, AMOUNT_OFF_UNIT, FIXED_UNIT_PRICE, BUY_X_GET_Y, ORDER_PERCENT_OFF, "
                            + "ORDER_AMOUNT_OFF"));
        }

        @Test
        void refusesAPromotionEffectOnAGuard() {
            assertThat(errors(guard("", "{'type': 'PERCENT_OFF', 'percent': '10'}"))).containsExactly(
                    new FieldError("effect.type", "must be a guard effect for a GUARD rule: one of "
                            + "MIN_MARGIN_PERCENT, MAX_DISCOUNT_PERCENT, MIN_UNIT_PRICE"));
        }

        @Test
        void refusesStackingGroupAndCampaignOnAGuard() {
            List<FieldError> errors = errors(guard("'stacking': 'EXCLUSIVE', 'group': 'g', 'campaign': 'c',",
                    "{'type': 'MIN_UNIT_PRICE', 'price': '1.00'}"));

            assertThat(errors).extracting(FieldError::field).containsExactly("stacking", "group", "campaign");
            assertThat(errors).extracting(FieldError::message).allMatch(m -> m.startsWith("does not apply to a GUARD"));
        }

        @Test
        void refusesCouponAndCartSubtotalConditionsOnAGuard() {
            List<FieldError> errors = errors(guard("'conditions': {'couponCode': 'X', 'minCartSubtotal': '10.00'},",
                    "{'type': 'MIN_UNIT_PRICE', 'price': '1.00'}"));

            assertThat(errors).extracting(FieldError::field)
                    .containsExactly("conditions.couponCode", "conditions.minCartSubtotal");
        }

        @Test
        void letsAGuardBeScopedToSegmentsChannelsAndProducts() {
            GuidedRule rule = valid(guard("'priority': 5, 'validFrom': '2026-01-01T00:00:00Z',"
                    + " 'conditions': {'segments': ['value'], 'channels': ['web'], 'brands': ['Tropicana']},",
                    "{'type': 'MIN_MARGIN_PERCENT', 'percent': '10'}"));

            assertThat(rule.kind()).isEqualTo(RuleKind.GUARD);
            assertThat(rule.stacking()).isEqualTo(Stacking.STACKABLE);
            assertThat(rule.conditions().brands()).containsExactly("Tropicana");
        }
    }
}
