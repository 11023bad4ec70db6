package io.promoplatform.web.quote;

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

/** The explorer's search form as typed; times are UTC ({@code datetime-local} inputs). */
record QuotePageFilter(String quoteId, String customer, String segment, String from, String to) {

    record Parsed(String quoteId, QuoteStore.Search search, Map<String, List<String>> errors) {
    }

    Parsed parse(Flash messages) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Instant start = time("from", from, messages, errors);
        Instant end = time("to", to, messages, errors);
        if (start != null && end != null && !start.isBefore(end)) {
            errors.computeIfAbsent("to", k -> new ArrayList<>()).add(messages.text("quotes.filter.to.beforeFrom"));
        }
        return new Parsed(blankToNull(quoteId), new QuoteStore.Search(blankToNull(customer), blankToNull(segment),
                start, end), errors);
    }

    /** The search filters (not the quote id) as a query string, for the pager. */
    String query() {
        StringBuilder q = new StringBuilder();
        append(q, "customer", customer);
        append(q, "segment", segment);
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
            errors.computeIfAbsent(field, k -> new ArrayList<>()).add(messages.text("quotes.filter.time.invalid"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
