package io.promoplatform.web.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the admin's search forms (audit trail, quote explorer) share: a typed value is blank or
 * stripped, a time from a {@code datetime-local} input (or an ISO instant) is read as UTC with a message
 * beside its field when it cannot be, and the filters go back into a query string for pagers and links.
 */
public final class FilterForms {

    private FilterForms() {
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The time typed into {@code field}, or null when blank or unreadable (then {@code invalidKey}'s text is added). */
    public static Instant time(String field, String text, String invalidKey, Flash messages,
            Map<String, List<String>> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return value.endsWith("Z") ? Instant.parse(value) : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.computeIfAbsent(field, k -> new ArrayList<>()).add(messages.text(invalidKey));
            return null;
        }
    }

    /** Appends {@code name=value} (URL-encoded, stripped) when the value is not blank. */
    public static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }
}
