package io.promoplatform.web.quote;

import io.promoplatform.rules.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a stored quote's response and trace documents into what the trace page shows. The documents
 * grow over time (model version and signals arrive with the price model), so every field is optional
 * here: what is absent is shown as "none", never as a failure.
 */
@Component
class QuotePageViews {

    private final JsonMapper json;
    private final Clock clock;

    QuotePageViews(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    record Row(String id, Instant pricedAt, String customerId, String segment, long release, String modelVersion,
            String currency, String listTotal, String discountTotal, String total) {
    }

    static Row row(QuoteStore.Summary s) {
        Currency currency = Currency.getInstance(s.currency());
        return new Row(s.id(), s.pricedAt(), s.customerId(), s.segment(), s.release(), s.modelVersion(), s.currency(),
                Money.format(s.listTotal(), currency), Money.format(s.discountTotal(), currency),
                Money.format(s.total(), currency));
    }

    record Facts(String customerId, String segment, String segmentFrom, String storeId, String channel, String at,
            List<String> coupons, List<String> customerTags) {
    }

    record Adjustment(String ruleId, String revision, String ruleName, String kind, String amount,
            String desiredAmount, String campaign, boolean reduced) {
    }

    record Guard(String ruleId, String revision, String ruleName, String restored) {
    }

    record Line(int lineNo, String sku, int quantity, String brand, String category, String listUnitPrice,
            String unitCost, String listTotal, String lineDiscount, String lineTotal, String elasticity,
            String baselineUnits, List<Adjustment> adjustments, List<Guard> guards) {
    }

    record Step(int no, String step, String ruleId, String revision, String ruleName, int lineNo, String amount,
            String note) {
    }

    record Coupon(String code, String status) {
    }

    record Warning(String code, String campaign, String message) {
    }

    record Spent(String campaign, String segment, String amount) {
    }

    record Acceptance(boolean accepted, Instant acceptedAt, List<Spent> spent, boolean expired) {
    }

    record Trace(Row quote, Instant expiresAt, String modelVersion, Facts facts, List<Line> lines,
            List<Adjustment> orderAdjustments, List<Step> steps, List<Step> budgetCuts, List<Warning> warnings,
            List<Warning> budgetWarnings, List<Coupon> coupons, Acceptance acceptance, String rawJson) {
    }

    Trace trace(QuoteStore.Summary summary, QuoteStore.StoredDocument doc, QuoteStore.AcceptedAt accepted) {
        JsonNode response = json.readTree(doc.responseJson());
        JsonNode trace = json.readTree(doc.traceJson());
        Map<String, String> names = ruleNames(response);

        JsonNode segment = trace.path("segment");
        Facts facts = new Facts(text(trace, "customerId"), text(segment, "id"), text(segment, "resolvedFrom"),
                text(trace, "storeId"), text(trace, "channel"), text(trace, "at"), strings(trace.path("couponCodes")),
                strings(trace.path("customerTags")));

        Map<Integer, JsonNode> factsByLine = new HashMap<>();
        for (JsonNode f : trace.path("facts")) {
            factsByLine.put(f.path("lineNo").asInt(), f);
        }
        List<Line> lines = new ArrayList<>();
        for (JsonNode l : response.path("lines")) {
            int no = l.path("lineNo").asInt();
            JsonNode f = factsByLine.getOrDefault(no, json.createObjectNode());
            JsonNode signals = l.hasNonNull("signals") ? l.get("signals") : f.path("signals");
            List<Adjustment> adjustments = new ArrayList<>();
            for (JsonNode a : l.path("adjustments")) {
                adjustments.add(adjustment(a));
            }
            List<Guard> guards = new ArrayList<>();
            for (JsonNode g : l.path("guards")) {
                guards.add(new Guard(text(g, "ruleId"), text(g, "ruleRevision"), text(g, "ruleName"), text(g, "restored")));
            }
            lines.add(new Line(no, text(l, "sku"), l.path("quantity").asInt(), text(f, "brand"), text(f, "category"),
                    text(l, "listUnitPrice"), text(f, "unitCost"), text(l, "listTotal"), text(l, "lineDiscount"),
                    text(l, "lineTotal"), number(signals, "elasticity"), number(signals, "baselineUnits"), adjustments,
                    guards));
        }
        List<Adjustment> orders = new ArrayList<>();
        for (JsonNode o : response.path("orderAdjustments")) {
            orders.add(adjustment(o));
        }
        List<Step> steps = new ArrayList<>();
        int n = 0;
        for (JsonNode s : trace.path("steps")) {
            String ruleId = text(s, "ruleId");
            steps.add(new Step(++n, text(s, "step"), ruleId, ruleId == null ? null : text(s, "ruleRevision"),
                    ruleId == null ? null : names.getOrDefault(ruleId, ruleId), s.path("lineNo").asInt(),
                    amount(s.path("amount")), text(s, "note")));
        }
        List<Warning> warnings = new ArrayList<>();
        for (JsonNode w : response.path("warnings")) {
            warnings.add(new Warning(text(w, "code"), text(w, "campaign"), text(w, "message")));
        }
        List<Coupon> coupons = new ArrayList<>();
        for (JsonNode c : response.path("coupons")) {
            coupons.add(new Coupon(text(c, "code"), text(c, "status")));
        }
        String modelVersion = summary.modelVersion() != null ? summary.modelVersion()
                : text(response, "modelVersion") != null ? text(response, "modelVersion") : text(trace, "modelVersion");

        ObjectNode raw = (ObjectNode) response.deepCopy();
        raw.set("trace", trace);
        return new Trace(row(summary), summary.expiresAt(), modelVersion, facts, lines, orders, steps,
                steps.stream().filter(s -> "budget".equals(s.step())).toList(), warnings,
                warnings.stream().filter(w -> "budget-limited".equals(w.code())).toList(), coupons,
                acceptance(accepted, summary.expiresAt()), json.writerWithDefaultPrettyPrinter().writeValueAsString(raw));
    }

    private Acceptance acceptance(QuoteStore.AcceptedAt accepted, Instant expiresAt) {
        if (accepted == null) {
            return new Acceptance(false, null, List.of(), clock.instant().isAfter(expiresAt));
        }
        List<Spent> spent = new ArrayList<>();
        for (JsonNode s : json.readTree(accepted.resultJson()).path("spent")) {
            spent.add(new Spent(text(s, "campaign"), text(s, "segment"), text(s, "amount")));
        }
        return new Acceptance(true, accepted.at(), spent, false);
    }

    private static Adjustment adjustment(JsonNode a) {
        String amount = text(a, "amount");
        String desired = text(a, "desiredAmount");
        return new Adjustment(text(a, "ruleId"), text(a, "ruleRevision"), text(a, "ruleName"), text(a, "kind"), amount,
                desired, text(a, "campaign"), desired != null && amount != null && !desired.equals(amount));
    }

    /** Rule id to name, from every place the response names a rule (the trace carries ids only). */
    private static Map<String, String> ruleNames(JsonNode response) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode r : response.path("appliedRules")) {
            names.put(text(r, "ruleId"), text(r, "name"));
        }
        for (JsonNode l : response.path("lines")) {
            for (JsonNode a : l.path("adjustments")) {
                names.putIfAbsent(text(a, "ruleId"), text(a, "ruleName"));
            }
            for (JsonNode g : l.path("guards")) {
                names.putIfAbsent(text(g, "ruleId"), text(g, "ruleName"));
            }
        }
        for (JsonNode o : response.path("orderAdjustments")) {
            names.putIfAbsent(text(o, "ruleId"), text(o, "ruleName"));
        }
        names.values().removeIf(java.util.Objects::isNull);
        return names;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.isValueNode() ? v.asString() : v.toString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(v.asString());
        }
        return out;
    }

    private static String number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isNumber()) {
            return null;
        }
        return String.format(Locale.ROOT, "%.3f", v.asDouble());
    }

    private static String amount(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isNumber() ? v.decimalValue().toPlainString() : v.asString();
    }
}
