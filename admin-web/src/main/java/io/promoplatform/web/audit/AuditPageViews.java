package io.promoplatform.web.audit;

import io.promoplatform.web.system.JsonDiff;
import io.promoplatform.web.system.JsonDiff.Change;

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

    record EventRow(AuditEvent event, List<Change> changes, String before, String after) {
    }

    EventRow row(AuditEvent e) {
        JsonNode before = parse(e.before());
        JsonNode after = parse(e.after());
        return new EventRow(e, JsonDiff.of(before, after), pretty(e.before(), before), pretty(e.after(), after));
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
}
