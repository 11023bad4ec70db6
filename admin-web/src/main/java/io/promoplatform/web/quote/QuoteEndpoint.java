package io.promoplatform.web.quote;

import io.promoplatform.web.security.ApiKeyPrincipal;
import io.promoplatform.web.security.ApiKeyService;
import io.promoplatform.web.system.BodyLimitFilter;
import io.promoplatform.web.system.ProblemHandling;
import io.promoplatform.web.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The storefront's hot path, {@code POST /api/v1/quotes} with a valid bearer key, answered here rather
 * than through Spring Security's filter chains and the MVC dispatcher, which cost more CPU than pricing
 * the cart itself (README, "Load and faults").
 *
 * <p>It takes only the request it can answer exactly as the general path would: the method and path,
 * a bearer key {@link ApiKeyService} knows (every API key is a storefront key) and a body declared as
 * UTF-8 JSON (within the limit {@code BodyLimitFilter} enforces before it). Anything else, a missing or
 * wrong key included, goes on untouched to the security chains and the dispatcher, which refuse it as
 * before. What it answers carries the same security headers, the same problem+json for an unreadable
 * body, a cart the validator refuses or a failure, and the same metrics and log context
 * ({@code QuoteObservation} wraps it).
 */
public class QuoteEndpoint extends OncePerRequestFilter {

    /** The one request path this endpoint answers. */
    public static final String PATH = "/api/v1/quotes";
    private static final java.net.URI INSTANCE = java.net.URI.create(PATH);

    private final QuoteService quotes;
    private final ApiKeyService keys;
    private final ObjectReader reader;
    private final JsonMapper problems;
    /** The headers Spring Security's defaults write on the storefront chain (HSTS on HTTPS only). */
    private final List<HeaderWriter> headers = List.of(new CacheControlHeadersWriter(),
            new XContentTypeOptionsHeaderWriter(), new XXssProtectionHeaderWriter(), new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY));

    public QuoteEndpoint(QuoteService quotes, ApiKeyService keys, JsonMapper json) {
        this.quotes = quotes;
        this.keys = keys;
        this.reader = json.readerFor(QuoteRequest.class);
        this.problems = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && PATH.equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiKeyPrincipal> key = answerable(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        for (HeaderWriter writer : headers) {
            writer.writeHeaders(request, response);
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (BodyLimitFilter.TooLarge tooLarge) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            problem(response, Problems.tooLarge("The body exceeds the limit of this endpoint."));
            return;
        }
        QuoteRequest cart;
        try {
            cart = body.length == 0 ? null : reader.readValue(body);
        } catch (JacksonException unreadable) {
            problem(response, ProblemHandling.unreadableBody(unreadable));
            return;
        }
        if (cart == null) {
            problem(response, ProblemHandling.unreadableBody(null));
            return;
        }
        byte[] answer;
        try {
            answer = quotes.quote(cart, key.get()).json();
        } catch (RuntimeException failure) {
            ProblemDetail problem = ProblemHandling.problemFor(failure);
            if (ProblemHandling.advisesRetry(problem)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, ProblemHandling.RETRY_AFTER_SECONDS);
            }
            problem(response, problem);
            return;
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    /** The key, when this request is one this endpoint answers exactly like the general path. */
    private Optional<ApiKeyPrincipal> answerable(HttpServletRequest request) {
        if (!isJson(request.getContentType())) {
            return Optional.empty();
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String presented = header.substring(7).trim();
        if (presented.isEmpty() || presented.length() > 200) {
            return Optional.empty();
        }
        return keys.authenticate(presented);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String charset = type.getParameter("charset");
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                    && (charset == null || "utf-8".equalsIgnoreCase(charset.replace("\"", "")));
        } catch (InvalidMediaTypeException unparseable) {
            return false;
        }
    }

    private void problem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(INSTANCE); // as Spring MVC fills it in on the general path
        }
        byte[] bytes = problems.writeValueAsBytes(problem);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
