package io.promoplatform.web.rule;

import io.promoplatform.web.system.JsonDiff;
import io.promoplatform.web.system.Flash;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the rule and approval pages show beyond the service's records: side-by-side differences
 * (field by field for guided rules, line by line for DRL) and the risk summary an approver reads
 * before deciding. Texts come from the rules bundle through {@link Flash#text}.
 */
final class RulePageModels {

    private RulePageModels() {
    }

    /** One row of a side-by-side diff: a field (or DRL line numbers) with its value before and after. */
    record DiffRow(String field, String before, String after) {
    }

    /** Differences between two revision bodies; {@code before} null means "compared with nothing". */
    static List<DiffRow> diff(JsonNode before, JsonNode after) {
        List<DiffRow> rows = new ArrayList<>();
        boolean drl = after != null && after.has("drl") || before != null && before.has("drl");
        for (JsonDiff.Change c : JsonDiff.of(withoutDrl(before), withoutDrl(after))) {
            rows.add(new DiffRow(c.field(), c.before(), c.after()));
        }
        if (drl) {
            String a = before == null ? "" : before.path("drl").asString("");
            String b = after == null ? "" : after.path("drl").asString("");
            for (JsonDiff.LineChange l : JsonDiff.lines(a, b)) {
                rows.add(new DiffRow("drl " + (l.beforeLine() == null ? "–" : l.beforeLine()) + " → "
                        + (l.afterLine() == null ? "–" : l.afterLine()), l.before(), l.after()));
            }
        }
        return rows;
    }

    private static JsonNode withoutDrl(JsonNode body) {
        if (body == null || !body.has("drl")) {
            return body;
        }
        tools.jackson.databind.node.ObjectNode copy = ((tools.jackson.databind.node.ObjectNode) body).deepCopy();
        copy.remove("drl");
        return copy;
    }

    /** The approver's risk summary: one labelled sentence per aspect. */
    record Risk(String maxDiscount, String products, String segments, String otherConditions, String campaign,
            String validity, String exclusivity) {
    }

    static Risk risk(JsonNode body, Flash text) {
        if (body.has("drl")) {
            String none = text.text("rules.risk.drl");
            return new Risk(none, none, none, "", text.text("rules.risk.noCampaign"), text.text("rules.risk.always"),
                    text.text("rules.risk.drlStacking"));
        }
        JsonNode c = body.path("conditions");
        List<String> products = new ArrayList<>();
        addList(products, text, "rules.risk.skus", c, "skus");
        addList(products, text, "rules.risk.brands", c, "brands");
        addList(products, text, "rules.risk.categories", c, "categories");
        if (c.has("minLineQuantity")) {
            products.add(text.text("rules.risk.minLineQuantity", c.get("minLineQuantity").asInt()));
        }
        if (c.has("signals")) {
            products.add(text.text("rules.risk.signals", c.get("signals").toString()));
        }
        List<String> other = new ArrayList<>();
        addList(other, text, "rules.risk.channels", c, "channels");
        addList(other, text, "rules.risk.stores", c, "stores");
        addList(other, text, "rules.risk.customerTags", c, "customerTags");
        if (c.has("couponCode")) {
            other.add(text.text("rules.risk.coupon", c.get("couponCode").asString()));
        }
        if (c.has("minCartSubtotal")) {
            other.add(text.text("rules.risk.minCartSubtotal", c.get("minCartSubtotal").asString()));
        }
        String from = body.path("validFrom").asString("");
        String to = body.path("validTo").asString("");
        String validity = from.isEmpty() && to.isEmpty() ? text.text("rules.risk.always")
                : text.text("rules.risk.between", from.isEmpty() ? "…" : from, to.isEmpty() ? "…" : to);
        String exclusivity = "GUARD".equals(body.path("kind").asString()) ? text.text("rules.risk.guardStacking")
                : text.text("EXCLUSIVE".equals(body.path("stacking").asString()) ? "rules.risk.exclusive"
                        : "rules.risk.stackable")
                        + (body.has("group") ? " " + text.text("rules.risk.group", body.get("group").asString()) : "");
        return new Risk(maxDiscount(body.path("effect"), text),
                products.isEmpty() ? text.text("rules.risk.allProducts") : String.join("; ", products),
                c.has("segments") ? join(c.get("segments")) : text.text("rules.risk.allSegments"),
                other.isEmpty() ? text.text("rules.risk.noOther") : String.join("; ", other),
                body.has("campaign") ? body.get("campaign").asString() : text.text("rules.risk.noCampaign"),
                validity, exclusivity);
    }

    /** The most a rule can take off, from its effect alone (PRICING.md's effect tables). */
    static String maxDiscount(JsonNode effect, Flash text) {
        String type = effect.path("type").asString("");
        return switch (type) {
            case "PERCENT_OFF" -> text.text("rules.risk.max.percent", effect.path("percent").asString());
            case "AMOUNT_OFF_UNIT" -> text.text("rules.risk.max.amountUnit", effect.path("amount").asString());
            case "FIXED_UNIT_PRICE" -> text.text("rules.risk.max.fixed", effect.path("price").asString());
            case "BUY_X_GET_Y" -> {
                int buy = effect.path("buy").asInt();
                int get = effect.path("get").asInt();
                BigDecimal percent = new BigDecimal(effect.path("percent").asString("100"));
                BigDecimal share = percent.multiply(BigDecimal.valueOf(get))
                        .divide(BigDecimal.valueOf((long) buy + get), 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
                yield text.text("rules.risk.max.buyGet", share.toPlainString(), buy, get, percent.toPlainString());
            }
            case "ORDER_PERCENT_OFF", "ORDER_AMOUNT_OFF" -> {
                JsonNode top = effect.path("tiers").get(effect.path("tiers").size() - 1);
                yield type.equals("ORDER_PERCENT_OFF")
                        ? text.text("rules.risk.max.orderPercent", top.path("percent").asString(),
                                top.path("minSubtotal").asString())
                        : text.text("rules.risk.max.orderAmount", top.path("amount").asString(),
                                top.path("minSubtotal").asString());
            }
            case "MIN_MARGIN_PERCENT", "MAX_DISCOUNT_PERCENT", "MIN_UNIT_PRICE" -> text.text("rules.risk.max.guard");
            default -> type;
        };
    }

    private static void addList(List<String> out, Flash text, String key, JsonNode conditions, String field) {
        if (conditions.has(field)) {
            out.add(text.text(key, join(conditions.get(field))));
        }
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return String.join(", ", values);
    }
}
