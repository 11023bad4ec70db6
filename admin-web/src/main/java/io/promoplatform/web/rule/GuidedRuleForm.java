package io.promoplatform.web.rule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The guided rule builder's form: every field as the person typed it (strings, so that nothing typed
 * is lost when the service refuses it). It writes the guided JSON of PRICING.md for
 * {@code RuleService.create/revise} and maps the service's JSON paths back to its own field names.
 * Mutable because Spring's data binder fills it.
 */
public class GuidedRuleForm {

    static final int TIER_ROWS = 4;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> PERCENT_TYPES = Set.of("PERCENT_OFF", "BUY_X_GET_Y", "MIN_MARGIN_PERCENT",
            "MAX_DISCOUNT_PERCENT");

    private String name = "";
    private String kind = "PROMOTION";
    private String priority = "100";
    private String stacking = "STACKABLE";
    private String group = "";
    private String campaign = "";
    private String validFrom = "";
    private String validTo = "";
    private List<String> segments = new ArrayList<>();
    private String channels = "";
    private String stores = "";
    private String customerTags = "";
    private String couponCode = "";
    private String minCartSubtotal = "";
    private List<String> skus = new ArrayList<>();
    private List<String> brands = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private String minLineQuantity = "";
    private String elasticityAtMost = "";
    private String elasticityAtLeast = "";
    private String baselineUnitsAtMost = "";
    private String baselineUnitsAtLeast = "";
    private String effectType = "PERCENT_OFF";
    private String percent = "";
    private String amount = "";
    private String price = "";
    private String buy = "";
    private String get = "";
    private List<TierRow> tiers = emptyTiers();

    /** One row of an order effect's tiers; {@code value} is a percent or an amount by effect type. */
    public static class TierRow {
        private String minSubtotal = "";
        private String value = "";

        public TierRow() {
        }

        TierRow(String minSubtotal, String value) {
            this.minSubtotal = minSubtotal;
            this.value = value;
        }

        public String getMinSubtotal() {
            return minSubtotal;
        }

        public void setMinSubtotal(String minSubtotal) {
            this.minSubtotal = minSubtotal;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    private static List<TierRow> emptyTiers() {
        List<TierRow> rows = new ArrayList<>();
        for (int i = 0; i < TIER_ROWS; i++) {
            rows.add(new TierRow());
        }
        return rows;
    }

    // To and from the guided JSON ---------------------------------------------------------------------

    /**
     * The guided JSON. What looks like a number goes as a JSON number where the language wants one;
     * anything else goes as typed, so that the parser names the field and says what it expects.
     */
    String toJson(JsonMapper json) {
        ObjectNode rule = NODES.objectNode();
        boolean guard = "GUARD".equals(kind);
        putText(rule, "name", name);
        putText(rule, "kind", kind);
        putWhole(rule, "priority", priority);
        if (!guard) {
            putText(rule, "stacking", stacking);
        }
        putText(rule, "group", group);
        putInstant(rule, "validFrom", validFrom);
        putInstant(rule, "validTo", validTo);
        putText(rule, "campaign", campaign);
        ObjectNode conditions = NODES.objectNode();
        putList(conditions, "segments", segments);
        putList(conditions, "channels", split(channels));
        putList(conditions, "stores", split(stores));
        putList(conditions, "customerTags", split(customerTags));
        putList(conditions, "skus", skus);
        putList(conditions, "brands", brands);
        putList(conditions, "categories", categories);
        putWhole(conditions, "minLineQuantity", minLineQuantity);
        putText(conditions, "minCartSubtotal", minCartSubtotal);
        putText(conditions, "couponCode", couponCode);
        ObjectNode signals = NODES.objectNode();
        putNumber(signals, "elasticityAtMost", elasticityAtMost);
        putNumber(signals, "elasticityAtLeast", elasticityAtLeast);
        putNumber(signals, "baselineUnitsAtMost", baselineUnitsAtMost);
        putNumber(signals, "baselineUnitsAtLeast", baselineUnitsAtLeast);
        if (!signals.isEmpty()) {
            conditions.set("signals", signals);
        }
        if (!conditions.isEmpty()) {
            rule.set("conditions", conditions);
        }
        rule.set("effect", effect());
        return json.writeValueAsString(rule);
    }

    /** Only the parameters the chosen effect takes: the others may hold leftovers of another choice. */
    private ObjectNode effect() {
        ObjectNode effect = NODES.objectNode();
        putText(effect, "type", effectType);
        String type = effectType == null ? "" : effectType;
        if (PERCENT_TYPES.contains(type)) {
            putText(effect, "percent", percent);
        }
        switch (type) {
            case "AMOUNT_OFF_UNIT" -> putText(effect, "amount", amount);
            case "FIXED_UNIT_PRICE", "MIN_UNIT_PRICE" -> putText(effect, "price", price);
            case "BUY_X_GET_Y" -> {
                putWhole(effect, "buy", buy);
                putWhole(effect, "get", get);
            }
            case "ORDER_PERCENT_OFF", "ORDER_AMOUNT_OFF" -> {
                String valueField = type.equals("ORDER_PERCENT_OFF") ? "percent" : "amount";
                ArrayNode rows = NODES.arrayNode();
                for (TierRow row : tiers) {
                    if (blank(row.minSubtotal) && blank(row.value)) {
                        continue;
                    }
                    ObjectNode tier = NODES.objectNode();
                    putText(tier, "minSubtotal", row.minSubtotal);
                    putText(tier, valueField, row.value);
                    rows.add(tier);
                }
                if (!rows.isEmpty()) {
                    effect.set("tiers", rows);
                }
            }
            default -> {
            }
        }
        return effect;
    }

    /** The form showing a stored guided rule, for editing it into a new revision. */
    static GuidedRuleForm of(JsonNode body) {
        GuidedRuleForm form = new GuidedRuleForm();
        form.name = text(body, "name");
        form.kind = text(body, "kind");
        form.priority = text(body, "priority");
        form.stacking = body.has("stacking") ? text(body, "stacking") : "STACKABLE";
        form.group = text(body, "group");
        form.campaign = text(body, "campaign");
        form.validFrom = local(text(body, "validFrom"));
        form.validTo = local(text(body, "validTo"));
        JsonNode c = body.path("conditions");
        form.segments = list(c, "segments");
        form.channels = String.join(", ", list(c, "channels"));
        form.stores = String.join(", ", list(c, "stores"));
        form.customerTags = String.join(", ", list(c, "customerTags"));
        form.couponCode = text(c, "couponCode");
        form.minCartSubtotal = text(c, "minCartSubtotal");
        form.skus = list(c, "skus");
        form.brands = list(c, "brands");
        form.categories = list(c, "categories");
        form.minLineQuantity = text(c, "minLineQuantity");
        JsonNode s = c.path("signals");
        form.elasticityAtMost = text(s, "elasticityAtMost");
        form.elasticityAtLeast = text(s, "elasticityAtLeast");
        form.baselineUnitsAtMost = text(s, "baselineUnitsAtMost");
        form.baselineUnitsAtLeast = text(s, "baselineUnitsAtLeast");
        JsonNode e = body.path("effect");
        form.effectType = text(e, "type");
        form.percent = text(e, "percent");
        form.amount = text(e, "amount");
        form.price = text(e, "price");
        form.buy = text(e, "buy");
        form.get = text(e, "get");
        List<TierRow> rows = new ArrayList<>();
        for (JsonNode tier : e.path("tiers")) {
            rows.add(new TierRow(text(tier, "minSubtotal"), tier.has("percent") ? text(tier, "percent")
                    : text(tier, "amount")));
        }
        while (rows.size() < TIER_ROWS) {
            rows.add(new TierRow());
        }
        form.tiers = rows;
        return form;
    }

    private static final Pattern TIER_PATH = Pattern.compile("effect\\.tiers\\[(\\d+)]\\.(\\w+)");

    /**
     * The form field a service JSON path belongs to: {@code effect.percent} is {@code percent},
     * {@code conditions.skus[1]} is {@code skus}, {@code effect.tiers[0].amount} is
     * {@code tiers[0].value}. Tier indexes count only the rows that were filled in, as sent.
     */
    String fieldOf(String path) {
        if (path == null) {
            return "";
        }
        Matcher tier = TIER_PATH.matcher(path);
        if (tier.matches()) {
            int sent = Integer.parseInt(tier.group(1));
            String part = tier.group(2).equals("minSubtotal") ? "minSubtotal" : "value";
            return "tiers[" + rowOfSentTier(sent) + "]." + part;
        }
        String field = path.replaceFirst("^conditions\\.signals\\.", "").replaceFirst("^conditions\\.", "")
                .replaceFirst("^effect\\.", "").replaceFirst("\\[\\d+]$", "");
        return switch (field) {
            case "type", "effect" -> "effectType";
            case "conditions.signals" -> "signals";
            default -> field;
        };
    }

    private int rowOfSentTier(int sent) {
        int seen = -1;
        for (int i = 0; i < tiers.size(); i++) {
            if (!blank(tiers.get(i).minSubtotal) || !blank(tiers.get(i).value)) {
                seen++;
                if (seen == sent) {
                    return i;
                }
            }
        }
        return sent;
    }

    // JSON helpers ------------------------------------------------------------------------------------

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value.strip());
        }
    }

    private static void putWhole(ObjectNode node, String field, String value) {
        if (blank(value)) {
            return;
        }
        String v = value.strip();
        if (v.matches("-?\\d{1,9}")) {
            node.put(field, Integer.parseInt(v));
        } else {
            node.put(field, v);
        }
    }

    private static void putNumber(ObjectNode node, String field, String value) {
        if (blank(value)) {
            return;
        }
        String v = value.strip();
        try {
            node.put(field, new BigDecimal(v));
        } catch (NumberFormatException e) {
            node.put(field, v);
        }
    }

    /** The form's dates are UTC wall-clock times ({@code datetime-local}); the language wants instants. */
    private static void putInstant(ObjectNode node, String field, String value) {
        if (blank(value)) {
            return;
        }
        String v = value.strip();
        try {
            node.put(field, LocalDateTime.parse(v).toInstant(ZoneOffset.UTC).toString());
        } catch (DateTimeParseException e) {
            node.put(field, v);
        }
    }

    private static void putList(ObjectNode node, String field, List<String> values) {
        List<String> kept = values == null ? List.of() : values.stream().filter(v -> !blank(v)).map(String::strip)
                .toList();
        if (!kept.isEmpty()) {
            ArrayNode array = node.putArray(field);
            kept.forEach(array::add);
        }
    }

    private static List<String> split(String text) {
        return blank(text) ? List.of() : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isString() ? value.asString() : value.toString();
    }

    private static List<String> list(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.path(field).forEach(v -> out.add(v.asString()));
        return out;
    }

    private static String local(String instant) {
        if (instant.isEmpty()) {
            return "";
        }
        return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC).toString();
    }

    // Bean properties for the binder and the template ----------------------------------------------

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getStacking() { return stacking; }
    public void setStacking(String stacking) { this.stacking = stacking; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getCampaign() { return campaign; }
    public void setCampaign(String campaign) { this.campaign = campaign; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
    public String getValidTo() { return validTo; }
    public void setValidTo(String validTo) { this.validTo = validTo; }
    public List<String> getSegments() { return segments; }
    public void setSegments(List<String> segments) { this.segments = segments; }
    public String getChannels() { return channels; }
    public void setChannels(String channels) { this.channels = channels; }
    public String getStores() { return stores; }
    public void setStores(String stores) { this.stores = stores; }
    public String getCustomerTags() { return customerTags; }
    public void setCustomerTags(String customerTags) { this.customerTags = customerTags; }
    public String getCouponCode() { return couponCode; }
    public void setCouponCode(String couponCode) { this.couponCode = couponCode; }
    public String getMinCartSubtotal() { return minCartSubtotal; }
    public void setMinCartSubtotal(String minCartSubtotal) { this.minCartSubtotal = minCartSubtotal; }
    public List<String> getSkus() { return skus; }
    public void setSkus(List<String> skus) { this.skus = skus; }
    public List<String> getBrands() { return brands; }
    public void setBrands(List<String> brands) { this.brands = brands; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories; }
    public String getMinLineQuantity() { return minLineQuantity; }
    public void setMinLineQuantity(String minLineQuantity) { this.minLineQuantity = minLineQuantity; }
    public String getElasticityAtMost() { return elasticityAtMost; }
    public void setElasticityAtMost(String v) { this.elasticityAtMost = v; }
    public String getElasticityAtLeast() { return elasticityAtLeast; }
    public void setElasticityAtLeast(String v) { this.elasticityAtLeast = v; }
    public String getBaselineUnitsAtMost() { return baselineUnitsAtMost; }
    public void setBaselineUnitsAtMost(String v) { this.baselineUnitsAtMost = v; }
    public String getBaselineUnitsAtLeast() { return baselineUnitsAtLeast; }
    public void setBaselineUnitsAtLeast(String v) { this.baselineUnitsAtLeast = v; }
    public String getEffectType() { return effectType; }
    public void setEffectType(String effectType) { this.effectType = effectType; }
    public String getPercent() { return percent; }
    public void setPercent(String percent) { this.percent = percent; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getPrice() { return price; }
    public void setPrice(String price) { this.price = price; }
    public String getBuy() { return buy; }
    public void setBuy(String buy) { this.buy = buy; }
    public String getGet() { return get; }
    public void setGet(String get) { this.get = get; }
    public List<TierRow> getTiers() { return tiers; }
    public void setTiers(List<TierRow> tiers) { this.tiers = tiers; }
}
