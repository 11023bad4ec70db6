package io.promoplatform.web.audit;

import static io.promoplatform.web.system.FilterForms.append;
import static io.promoplatform.web.system.FilterForms.blankToNull;
import static io.promoplatform.web.system.FilterForms.time;

import io.promoplatform.web.system.Flash;
import java.time.Instant;
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
        Instant start = time("from", from, "audit.filter.time.invalid", messages, errors);
        Instant end = time("to", to, "audit.filter.time.invalid", messages, errors);
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
}
