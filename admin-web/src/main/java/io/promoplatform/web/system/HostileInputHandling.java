package io.promoplatform.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals of hostile input that happen outside the controllers' reach, each found by the API fuzz
 * test (FuzzApiOnH2Test): a multipart body without a boundary, the security firewall rejecting a form parameter name only when a
 * controller reads the body (was 500), and Tomcat's HTML error page for paths it refuses itself.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class HostileInputHandling {

    /** Before {@link ProblemHandling}, whose catch-all would call a firewall rejection a 500. */
    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Rejections {

        @ExceptionHandler(RequestRejectedException.class)
        ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                    "The request carries characters or names this API does not accept.");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }

        /** A JSON number a body reader cannot hold (a rule's {@code "elasticityAtMost": 1e400}; was 500). */
        @ExceptionHandler(JsonNodeException.class)
        ResponseEntity<ProblemDetail> unrepresentable(JsonNodeException e) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                    "A value in the body is out of range or of the wrong type.");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

    /** {@code Content-Type: *}{@code /*} makes Spring's header parsing throw (was 500): 415 up front. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> wildcardContentTypes(JsonMapper json) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (isWildcard(request.getContentType())) {
                    response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                            "unsupported-media-type", "Unsupported media type",
                            "A request body needs a concrete content type, not a wildcard."));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    static boolean isWildcard(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unparseable) {
            return false; // Spring answers 415 for those itself
        }
    }

    /**
     * A multipart body without a boundary, or over the upload limit, fails while the dispatcher
     * prepares the request, before any controller is chosen (was 500).
     */
    @org.springframework.web.bind.annotation.ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class MultipartRejections {

        @ExceptionHandler(MultipartException.class)
        ResponseEntity<ProblemDetail> unreadable(MultipartException e) {
            ProblemDetail problem = e instanceof MaxUploadSizeExceededException
                    ? Problems.tooLarge("The upload exceeds the limit of this endpoint.")
                    : Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                            "The multipart body could not be read.");
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }

    /** Replaces Tomcat's error report (Boot's HTML one included) with {@link ProblemErrorReportValve}. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
        });
    }
}
