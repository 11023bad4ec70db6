package io.promoplatform.web.quote;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps every storefront quote request: times POST /api/v1/quotes, puts the quote id of
 * GET /api/v1/quotes/{id} and .../accept into the MDC for the whole request (a new quote's id joins
 * when {@link QuoteMetrics#quoted} mints it), logs one summary line at DEBUG, and clears the MDC so a
 * pooled thread never carries a stale id. Only well-formed ids reach the logs: a hostile path cannot
 * forge log lines.
 */
class QuoteObservation extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(QuoteObservation.class);
    private static final Pattern QUOTE_PATH = Pattern.compile("^/api/v1/quotes/(Q-[0-9A-Z]{26})(/accept)?$");

    private final QuoteMetrics metrics;

    QuoteObservation(QuoteMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(QuoteController.PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        Matcher stored = QUOTE_PATH.matcher(request.getRequestURI());
        if (stored.matches()) {
            MDC.put(QuoteMetrics.QUOTE_ID, stored.group(1));
        }
        boolean pricing = "POST".equals(request.getMethod()) && QuoteController.PATH.equals(request.getRequestURI());
        try {
            chain.doFilter(request, response);
        } finally {
            long nanos = System.nanoTime() - started;
            if (pricing) {
                metrics.latency(nanos, response.getStatus());
            }
            log.debug("{} {} answered {} in {} ms", request.getMethod(), pricing ? "quote" : "stored quote",
                    response.getStatus(), nanos / 1_000_000);
            MDC.remove(QuoteMetrics.QUOTE_ID);
        }
    }
}
