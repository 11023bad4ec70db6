package io.promoplatform.web.system;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem types this API answers with; documented in the README and OpenAPI. */
public final class Problems {

    public static final String BASE = "https://promo-platform.dev/problems/";

    private Problems() {
    }

    public static URI type(String code) {
        return URI.create(BASE + code);
    }

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(code));
        problem.setTitle(title);
        return problem;
    }

    /** 413: a body (or upload) over the endpoint's limit. */
    public static ProblemDetail tooLarge(String detail) {
        return of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Content too large", detail);
    }

    public static ProblemDetail validation(HttpStatus status, String detail,
            List<ValidationProblem.FieldProblem> errors) {
        ProblemDetail problem = of(status, status == HttpStatus.BAD_REQUEST ? "malformed-request" : "validation",
                status == HttpStatus.BAD_REQUEST ? "Malformed request" : "Validation failed", detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
