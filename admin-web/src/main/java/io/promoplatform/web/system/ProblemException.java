package io.promoplatform.web.system;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A business refusal with a stable problem type, e.g. 404 not-found or 409 quote-expired. The
 * {@code code} becomes the last segment of the problem's {@code type} URI.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> properties;

    public ProblemException(HttpStatus status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    public ProblemException(HttpStatus status, String code, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " does not exist.");
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return Problems.type(code);
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
