package io.promoplatform.web.quote;

import static io.promoplatform.web.system.FilterForms.append;
import static io.promoplatform.web.system.FilterForms.blankToNull;
import static io.promoplatform.web.system.FilterForms.time;

import io.promoplatform.web.system.Flash;
import java.time.Instant;
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
        Instant start = time("from", from, "quotes.filter.time.invalid", messages, errors);
        Instant end = time("to", to, "quotes.filter.time.invalid", messages, errors);
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
}
