package io.promoplatform.web.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes an event readable: its before/after as a field diff ({@code path: before -> after}) and as
 * indented JSON side by side. A stored document that is not JSON (a tampered row) is shown as is.
 */
@Component
class AuditPageViews {

    private final JsonMapper json;

    AuditPageViews(JsonMapper json) {
        this.json = json;
    }

    record Change(String field, String before, String after) {
    }

    record EventRow(AuditEvent event, List<Change> changes, String before, String after) {
    }

    EventRow row(AuditEvent e) {
        JsonNode before = parse(e.before());
        JsonNode after = parse(e.after());
        return new EventRow(e, diff(before, after), pretty(e.before(), before), pretty(e.after(), after));
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private String pretty(String text, JsonNode node) {
        return node == null ? text : json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    static List<Change> diff(JsonNode before, JsonNode after) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        Set<String> fields = new LinkedHashSet<>(a.keySet());
        fields.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String x = a.get(field);
            String y = b.get(field);
            if (x == null ? y != null : !x.equals(y)) {
                changes.add(new Change(field, x, y));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null) {
            flatten("", node, out);
        }
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                flatten(path.isEmpty() ? name : path + "." + name, node.get(name), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(path, node.isString() ? node.asString() : node.toString());
        }
    }
}
