package io.promoplatform.rules.guided;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical JSON tree of a rule, in PRICING.md's field order: money and percentages as strings,
 * fields without a value left out, and for a guard none of the fields a guard does not take.
 */
final class GuidedRuleWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GuidedRuleWriter() {
    }

    static ObjectNode write(GuidedRule rule) {
        ObjectNode json = NODES.objectNode();
        json.put("name", rule.name());
        json.put("kind", rule.kind().name());
        json.put("priority", rule.priority());
        if (rule.kind() == RuleKind.PROMOTION) {
            json.put("stacking", rule.stacking().name());
            putIfSet(json, "group", rule.group());
        }
        putIfSet(json, "validFrom", rule.validFrom());
        putIfSet(json, "validTo", rule.validTo());
        if (rule.kind() == RuleKind.PROMOTION) {
            putIfSet(json, "campaign", rule.campaign());
        }
        ObjectNode conditions = conditions(rule.conditions() == null ? Conditions.none() : rule.conditions());
        if (!conditions.isEmpty()) {
            json.set("conditions", conditions);
        }
        json.set("effect", effect(rule.effect()));
        return json;
    }

    private static ObjectNode conditions(Conditions conditions) {
        ObjectNode json = NODES.objectNode();
        putIfSet(json, "segments", conditions.segments());
        putIfSet(json, "channels", conditions.channels());
        putIfSet(json, "stores", conditions.stores());
        putIfSet(json, "customerTags", conditions.customerTags());
        putIfSet(json, "skus", conditions.skus());
        putIfSet(json, "brands", conditions.brands());
        putIfSet(json, "categories", conditions.categories());
        if (conditions.minLineQuantity() != null) {
            json.put("minLineQuantity", conditions.minLineQuantity());
        }
        putIfSet(json, "minCartSubtotal", conditions.minCartSubtotal());
        putIfSet(json, "couponCode", conditions.couponCode());
        if (conditions.signals() != null) {
            json.set("signals", signals(conditions.signals()));
        }
        return json;
    }

    private static ObjectNode signals(SignalConditions signals) {
        ObjectNode json = NODES.objectNode();
        putIfSet(json, "elasticityAtMost", signals.elasticityAtMost());
        putIfSet(json, "elasticityAtLeast", signals.elasticityAtLeast());
        putIfSet(json, "baselineUnitsAtMost", signals.baselineUnitsAtMost());
        putIfSet(json, "baselineUnitsAtLeast", signals.baselineUnitsAtLeast());
        return json;
    }

    private static ObjectNode effect(Effect effect) {
        ObjectNode json = NODES.objectNode();
        json.put("type", effect.type().name());
        putIfSet(json, "percent", effect.percent());
        putIfSet(json, "amount", effect.amount());
        putIfSet(json, "price", effect.price());
        if (effect.buy() != null) {
            json.put("buy", effect.buy());
        }
        if (effect.get() != null) {
            json.put("get", effect.get());
        }
        if (!effect.tiers().isEmpty()) {
            ArrayNode tiers = json.putArray("tiers");
            effect.tiers().forEach(tier -> tiers.add(tier(tier)));
        }
        return json;
    }

    private static ObjectNode tier(Tier tier) {
        ObjectNode json = NODES.objectNode();
        putIfSet(json, "minSubtotal", tier.minSubtotal());
        putIfSet(json, "percent", tier.percent());
        putIfSet(json, "amount", tier.amount());
        return json;
    }

    private static void putIfSet(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    /** Decimals go out as plain strings: money must never become a JSON number (API.md). */
    private static void putIfSet(ObjectNode json, String field, BigDecimal value) {
        if (value != null) {
            json.put(field, value.toPlainString());
        }
    }

    private static void putIfSet(ObjectNode json, String field, Instant value) {
        if (value != null) {
            json.put(field, value.toString());
        }
    }

    private static void putIfSet(ObjectNode json, String field, Double value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    private static void putIfSet(ObjectNode json, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = json.putArray(field);
            values.forEach(array::add);
        }
    }
}
