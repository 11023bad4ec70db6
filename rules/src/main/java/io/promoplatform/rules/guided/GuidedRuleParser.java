package io.promoplatform.rules.guided;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the guided rule JSON of PRICING.md. Validation is by hand over Jackson's tree, not by
 * data binding, so that one pass reports every problem with its JSON path ({@code conditions.skus[1]},
 * {@code effect.tiers[0].minSubtotal}); a document that is not a JSON object is reported as {@code body}.
 *
 * <p>Choices where PRICING.md is silent:
 * <ul>
 * <li>A JSON {@code null} is the same as leaving the field out; a duplicated key is malformed JSON.</li>
 * <li>Enum values are case-sensitive. {@code priority} is a JSON integer 0..1000 (default 100).
 * {@code buy}, {@code get} and {@code minLineQuantity} are at most 9999, the largest line quantity.</li>
 * <li>Money is a string with at most the currency's minor digits and is kept at the currency's scale;
 * amounts and prices are positive, {@code minSubtotal} may be zero. A percentage is a string or a JSON
 * number with at most four decimals, normalised so that "10.0" and 10 make equal rules. Promotions take
 * 0 &lt; p ≤ 100; {@code MAX_DISCOUNT_PERCENT} takes 0..100 (0 forbids any discount);
 * {@code MIN_MARGIN_PERCENT} is a markup on cost and takes 0..1000 (0 means never below cost).</li>
 * <li>List conditions may not be empty: read as "no condition", an empty list would silently widen a
 * rule whose last entry was deleted. A {@code signals} object needs at least one bound, and a lower bound
 * may not exceed its upper bound.</li>
 * <li>Timestamps need an offset and are kept as instants; {@code validFrom} may equal {@code validTo}.</li>
 * <li>A {@code GUARD} takes no {@code stacking}, {@code group} or {@code campaign} (guards run after every
 * promotion, all matching guards count, and they spend no budget), and no {@code couponCode} or
 * {@code minCartSubtotal} condition: a price floor must not depend on something the customer controls.
 * Its stacking reads as the default, STACKABLE.</li>
 * </ul>
 *
 * <p>{@link #toJson} writes the canonical form, which parses back to an equal rule.
 */
public final class GuidedRuleParser {

    static final int DEFAULT_PRIORITY = 100;
    static final String BODY = "body";

    private static final int MAX_PRIORITY = 1000;
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_VALUE_LENGTH = 64;
    private static final int MAX_QUANTITY = 9999;
    private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

    private static final Set<String> RULE_FIELDS = Set.of("name", "kind", "priority", "stacking", "group",
            "validFrom", "validTo", "campaign", "conditions", "effect");
    private static final Set<String> CONDITION_FIELDS = Set.of("segments", "channels", "stores", "customerTags",
            "skus", "brands", "categories", "minLineQuantity", "minCartSubtotal", "couponCode", "signals");
    private static final Set<String> SIGNAL_FIELDS = Set.of("elasticityAtMost", "elasticityAtLeast",
            "baselineUnitsAtMost", "baselineUnitsAtLeast");
    private static final Set<String> EFFECT_FIELDS = Set.copyOf(EffectFields.ALL);
    private static final Set<String> TIER_FIELDS = Set.copyOf(EffectFields.ALL_TIER);

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private GuidedRuleParser() {
    }

    /** Parses and validates a guided rule whose money is in {@code currency}. Never throws for bad input. */
    public static ParseResult parse(String json, Currency currency) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode root = readTree(json, errors);
        if (root == null) {
            return ParseResult.invalid(errors);
        }
        GuidedRule rule = readRule(new JsonObjectReader(root, "", errors), currency);
        return errors.isEmpty() ? ParseResult.valid(rule) : ParseResult.invalid(errors);
    }

    /** The canonical JSON of a rule: money as strings at the rule's scale, absent fields left out. */
    public static String toJson(GuidedRule rule) {
        return MAPPER.writeValueAsString(GuidedRuleWriter.write(rule));
    }

    private static JsonNode readTree(String json, List<FieldError> errors) {
        if (json == null) {
            errors.add(new FieldError(BODY, "is missing"));
            return null;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException malformed) {
            errors.add(new FieldError(BODY, describe(malformed)));
            return null;
        }
        if (!root.isObject()) {
            errors.add(new FieldError(BODY, "must be a JSON object"));
            return null;
        }
        return root;
    }

    /**
     * Where the document breaks and Jackson's reason in a few words ("Unexpected character", "Duplicate
     * Object property \"name\""), cut before the details that name Jackson's own types and features.
     */
    private static String describe(JacksonException malformed) {
        String where = malformed.getLocation() == null ? ""
                : " near line " + malformed.getLocation().getLineNr() + ", column "
                        + malformed.getLocation().getColumnNr();
        String reason = beforeFirst(beforeFirst(String.valueOf(malformed.getOriginalMessage()), ":"), " (");
        return "is not well-formed JSON" + where + (reason.isBlank() || reason.contains("`") ? "" : ": " + reason);
    }

    private static String beforeFirst(String text, String separator) {
        int at = text.indexOf(separator);
        return at < 0 ? text : text.substring(0, at);
    }

    private static GuidedRule readRule(JsonObjectReader json, Currency currency) {
        json.rejectUnknown(RULE_FIELDS);
        json.require("name");
        String name = json.text("name", MAX_NAME_LENGTH);
        json.require("kind");
        RuleKind kind = json.constant("kind", RuleKind.class);
        Integer priority = json.wholeNumber("priority", 0, MAX_PRIORITY);
        boolean guard = kind == RuleKind.GUARD;
        if (guard) {
            rejectPromotionOnlyFields(json);
        }
        Stacking stacking = guard ? null : json.constant("stacking", Stacking.class);
        String group = guard ? null : json.id("group");
        String campaign = guard ? null : json.id("campaign");
        Instant validFrom = json.instant("validFrom");
        Instant validTo = json.instant("validTo");
        if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
            json.error("validTo", "must not be before validFrom");
        }
        Conditions conditions = readConditions(json.object("conditions"), guard, currency);
        Effect effect = json.require("effect") ? readEffect(json.object("effect"), kind, currency) : null;
        return new GuidedRule(name, kind, priority == null ? DEFAULT_PRIORITY : priority,
                stacking == null ? Stacking.STACKABLE : stacking, group, validFrom, validTo, campaign, conditions,
                effect);
    }

    private static void rejectPromotionOnlyFields(JsonObjectReader json) {
        json.rejectIfPresent("stacking", "does not apply to a GUARD rule: guards run after every promotion");
        json.rejectIfPresent("group", "does not apply to a GUARD rule: every matching guard counts, the highest "
                + "floor wins");
        json.rejectIfPresent("campaign", "does not apply to a GUARD rule: guards spend no budget");
    }

    private static Conditions readConditions(JsonObjectReader json, boolean guard, Currency currency) {
        if (json == null) {
            return Conditions.none();
        }
        json.rejectUnknown(CONDITION_FIELDS);
        if (guard) {
            json.rejectIfPresent("couponCode", "does not apply to a GUARD rule: a price floor must not depend on "
                    + "a coupon the customer enters");
            json.rejectIfPresent("minCartSubtotal", "does not apply to a GUARD rule: a price floor must not "
                    + "depend on the size of the cart");
        }
        return new Conditions(
                json.texts("segments", MAX_VALUE_LENGTH),
                json.texts("channels", MAX_VALUE_LENGTH),
                json.texts("stores", MAX_VALUE_LENGTH),
                json.texts("customerTags", MAX_VALUE_LENGTH),
                json.texts("skus", MAX_VALUE_LENGTH),
                json.texts("brands", MAX_VALUE_LENGTH),
                json.texts("categories", MAX_VALUE_LENGTH),
                json.wholeNumber("minLineQuantity", 1, MAX_QUANTITY),
                guard ? null : json.money("minCartSubtotal", currency, false),
                guard ? null : json.text("couponCode", MAX_VALUE_LENGTH),
                readSignals(json.object("signals")));
    }

    private static SignalConditions readSignals(JsonObjectReader json) {
        if (json == null) {
            return null;
        }
        if (json.isEmpty()) {
            json.errorHere("must have at least one of " + String.join(", ", SIGNAL_FIELDS.stream().sorted()
                    .toList()) + " (leave signals out for no bound)");
            return null;
        }
        json.rejectUnknown(SIGNAL_FIELDS);
        SignalConditions signals = new SignalConditions(json.number("elasticityAtMost"),
                json.number("elasticityAtLeast"), json.number("baselineUnitsAtMost"),
                json.number("baselineUnitsAtLeast"));
        checkBounds(json, "elasticity", signals.elasticityAtLeast(), signals.elasticityAtMost());
        checkBounds(json, "baselineUnits", signals.baselineUnitsAtLeast(), signals.baselineUnitsAtMost());
        return signals;
    }

    private static void checkBounds(JsonObjectReader json, String signal, Double atLeast, Double atMost) {
        if (atLeast != null && atMost != null && atLeast > atMost) {
            json.error(signal + "AtLeast", "must not be greater than " + signal + "AtMost, or no line can match");
        }
    }

    private static Effect readEffect(JsonObjectReader json, RuleKind kind, Currency currency) {
        if (json == null) {
            return null;
        }
        json.rejectUnknown(EFFECT_FIELDS);
        json.require("type");
        EffectType type = json.constant("type", EffectType.class);
        if (type != null) {
            checkKindMatches(json, kind, type);
            checkFieldsOf(json, type);
        }
        BigDecimal percent = takes(type, "percent") ? json.percent("percent", percentRange(type)) : null;
        if (type == EffectType.BUY_X_GET_Y && !json.has("percent")) {
            percent = WHOLE;
        }
        return new Effect(type, percent,
                takes(type, "amount") ? json.money("amount", currency, false) : null,
                takes(type, "price") ? json.money("price", currency, false) : null,
                takes(type, "buy") ? json.wholeNumber("buy", 1, MAX_QUANTITY) : null,
                takes(type, "get") ? json.wholeNumber("get", 1, MAX_QUANTITY) : null,
                takes(type, "tiers") ? readTiers(json, type, currency) : List.of());
    }

    /** With an unknown type every field may belong, so each is checked on its own terms. */
    private static boolean takes(EffectType type, String field) {
        return type == null || EffectFields.taken(type).contains(field);
    }

    private static JsonObjectReader.PercentRange percentRange(EffectType type) {
        if (type == EffectType.MIN_MARGIN_PERCENT) {
            return JsonObjectReader.PercentRange.MARKUP;
        }
        return type == EffectType.MAX_DISCOUNT_PERCENT ? JsonObjectReader.PercentRange.MAX_DISCOUNT
                : JsonObjectReader.PercentRange.DISCOUNT;
    }

    private static void checkKindMatches(JsonObjectReader json, RuleKind kind, EffectType type) {
        boolean guardEffect = type.scope() == EffectType.Scope.GUARD;
        if (kind == RuleKind.GUARD && !guardEffect) {
            json.error("type", "must be a guard effect for a GUARD rule: one of " + effectNames(true));
        } else if (kind == RuleKind.PROMOTION && guardEffect) {
            json.error("type", "must be a promotion effect for a PROMOTION rule: one of " + effectNames(false));
        }
    }

    private static String effectNames(boolean guards) {
        return Arrays.stream(EffectType.values())
                .filter(type -> (type.scope() == EffectType.Scope.GUARD) == guards)
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    private static void checkFieldsOf(JsonObjectReader json, EffectType type) {
        List<String> taken = EffectFields.taken(type);
        for (String field : EffectFields.ALL) {
            if (!field.equals("type") && !taken.contains(field)) {
                json.rejectIfPresent(field, "does not apply to " + type + " (it takes " + String.join(", ", taken)
                        + ")");
            }
        }
        EffectFields.required(type).forEach(json::require);
    }

    private static List<Tier> readTiers(JsonObjectReader json, EffectType type, Currency currency) {
        List<Tier> tiers = new ArrayList<>();
        for (JsonObjectReader tierJson : json.objects("tiers")) {
            Tier tier = readTier(tierJson, type, currency);
            checkAscending(tierJson, tiers, tier);
            tiers.add(tier);
        }
        return tiers;
    }

    private static Tier readTier(JsonObjectReader json, EffectType type, Currency currency) {
        json.rejectUnknown(TIER_FIELDS);
        List<String> taken = type == null ? EffectFields.ALL_TIER : EffectFields.tier(type);
        for (String field : EffectFields.ALL_TIER) {
            if (!taken.contains(field)) {
                json.rejectIfPresent(field, "does not apply to a tier of " + type + " (it takes "
                        + String.join(", ", taken) + ")");
            }
        }
        if (type != null) {
            taken.forEach(json::require);
        }
        return new Tier(json.money("minSubtotal", currency, true),
                taken.contains("percent") ? json.percent("percent", JsonObjectReader.PercentRange.DISCOUNT) : null,
                taken.contains("amount") ? json.money("amount", currency, false) : null);
    }

    /** Tiers must climb: a repeated or lower threshold could never be the highest tier reached. */
    private static void checkAscending(JsonObjectReader json, List<Tier> previous, Tier tier) {
        if (tier.minSubtotal() == null) {
            return;
        }
        for (int i = 0; i < previous.size(); i++) {
            BigDecimal earlier = previous.get(i).minSubtotal();
            if (earlier != null && earlier.compareTo(tier.minSubtotal()) == 0) {
                json.error("minSubtotal", "duplicates the minSubtotal of tiers[" + i + "]");
                return;
            }
        }
        BigDecimal last = previous.isEmpty() ? null : previous.get(previous.size() - 1).minSubtotal();
        if (last != null && last.compareTo(tier.minSubtotal()) > 0) {
            json.error("minSubtotal", "must be greater than the previous tier's minSubtotal (" + last.toPlainString()
                    + "): tiers climb");
        }
    }
}
