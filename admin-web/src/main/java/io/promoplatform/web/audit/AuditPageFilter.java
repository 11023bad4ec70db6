package io.promoplatform.web.audit;

import io.promoplatform.web.system.Flash;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit page's filter form as typed: times come from {@code datetime-local} inputs and are read
 * as UTC (the trail's clock); a bad value becomes a message beside its field, never a failure.
 */
record AuditPageFilter(String entityType, String entityId, String actor, String action, String from, String to) {

    record Parsed(AuditQueries.Filter filter, Map<String, List<String>> errors) {
    }

    Parsed parse(Flash messages) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Instant start = time("from", from, messages, errors);
        Instant end = time("to", to, messages, errors);
        if (start != null && end != null && !start.isBefore(end)) {
            errors.computeIfAbsent("to", k -> new ArrayList<>()).add(messages.text("audit.filter.to.beforeFrom"));
        }
        String type = blankToNull(entityType);
        String id = blankToNull(entityId);
        if (id != null && type == null) {
            errors.computeIfAbsent("entityType", k -> new ArrayList<>()).add(messages.text("audit.filter.type.needed"));
        }
        String entity = type == null ? null : id == null ? type : type + ":" + id;
        return new Parsed(new AuditQueries.Filter(entity, blankToNull(actor), blankToNull(action), start, end), errors);
    }

    /** The filters as a query string (without page), for the pager and the CSV link. */
    String query() {
        StringBuilder q = new StringBuilder();
        append(q, "entityType", entityType);
        append(q, "entityId", entityId);
        append(q, "actor", actor);
        append(q, "action", action);
        append(q, "from", from);
        append(q, "to", to);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static Instant time(String field, String text, Flash messages, Map<String, List<String>> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return value.endsWith("Z") ? Instant.parse(value) : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.computeIfAbsent(field, k -> new ArrayList<>()).add(messages.text("audit.filter.time.invalid"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
