package io.promoplatform.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * What the container's error dispatch answers to API clients: problem+json, like every other refusal.
 * Errors that happen before a controller is chosen (405 and 415 at mapping, 400 from the security
 * firewall, 404 for unknown paths) bypass {@link ProblemHandling}; Boot's default would answer them
 * with its own JSON shape. Browsers still get the HTML error pages.
 */
@ConditionalOnWebApplication
@Controller
class ApiErrorController extends BasicErrorController {

    ApiErrorController(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> views) {
        super(attributes, web.getError(), views.orderedStream().toList());
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(getStatus(request).value());
        if (status == null || status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.BASE + slug(status));
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String slug(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "malformed-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case CONTENT_TOO_LARGE -> "too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            default -> status.is5xxServerError() ? "internal" : "refused";
        };
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed (its path, parameters, headers or body).";
            case NOT_FOUND -> "There is nothing at this path.";
            case METHOD_NOT_ALLOWED -> "This path does not take this method.";
            case UNSUPPORTED_MEDIA_TYPE -> "This endpoint does not take this content type.";
            default -> status.is5xxServerError() ? "The server failed to answer this request." : status.getReasonPhrase()
                    + ".";
        };
    }
}
