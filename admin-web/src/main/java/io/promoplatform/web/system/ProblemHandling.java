package io.promoplatform.web.system;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an API call into RFC 9457 problem+json. Messages are written here, never
 * copied from an exception, so no class name, SQL or stack trace reaches a client. Only REST
 * controllers: the admin pages ({@link AdminPage}) answer in HTML through {@link PageErrors}.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    private static ProblemDetail of(ProblemException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.status().getReasonPhrase());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /** The problem for any failure the handlers of Spring MVC's own exceptions do not answer. */
    public static ProblemDetail problemFor(Exception e) {
        if (e instanceof ValidationProblem validation) {
            return Problems.validation(validation.status(), validation.getMessage(), validation.errors());
        }
        if (e instanceof ProblemException problem) {
            return of(problem);
        }
        if (e instanceof PessimisticLockingFailureException contention) {
            return busy(contention);
        }
        if (e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessResourceException
                || e instanceof CannotCreateTransactionException) {
            return databaseDown(e); // unreachable: connection refused, pool timed out
        }
        return incident(e);
    }

    /** A body that could not be read as the endpoint's JSON (the cause: Jackson's exception, or none). */
    public static ProblemDetail unreadableBody(Throwable cause) {
        return Problems.validation(HttpStatus.BAD_REQUEST, describe(cause), fieldProblems(cause));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e) {
        return respond(Problems.validation(HttpStatus.BAD_REQUEST, "A required header is missing.",
                List.of(new ValidationProblem.FieldProblem(e.getHeaderName(), "header is required"))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(Problems.validation(HttpStatus.BAD_REQUEST, "A parameter has the wrong type.",
                List.of(new ValidationProblem.FieldProblem(e.getName(), "has the wrong type"))));
    }

    private static ProblemDetail busy(PessimisticLockingFailureException e) {
        log.warn("Lock contention answered with 503: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy",
                "The request met concurrent changes; retry it.");
    }

    private static ProblemDetail databaseDown(Exception e) {
        log.warn("Database unavailable, answered 503: {}", e.getClass().getSimpleName());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                "The database is unavailable right now; retry in a few seconds.");
    }

    /** What a 503 for an unreachable database advises in {@code Retry-After}. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** Whether a problem advises {@code Retry-After}: only an unreachable database's 503 does. */
    public static boolean advisesRetry(ProblemDetail problem) {
        return Problems.type("unavailable").equals(problem.getType());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> failed(Exception e) {
        ProblemDetail problem = problemFor(e);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        if (advisesRetry(problem)) {
            answer.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return answer.body(problem);
    }

    private static ProblemDetail incident(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure, incident {}", incident, e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The server failed to answer this request; quote incident " + incident + " to support.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodyLimitFilter.isTooLarge(ex)) {
            return respond(Problems.tooLarge("The body exceeds the limit of this endpoint."));
        }
        return respond(unreadableBody(ex.getCause()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> entity = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (entity != null && entity.getBody() instanceof ProblemDetail) {
            return ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders())
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(entity.getBody());
        }
        return entity;
    }

    private static String describe(Throwable cause) {
        if (cause instanceof StreamReadException) {
            return "The body is not well-formed JSON.";
        }
        if (cause instanceof JacksonException) {
            return "The body does not match the expected shape.";
        }
        return "The body could not be read.";
    }

    private static List<ValidationProblem.FieldProblem> fieldProblems(Throwable cause) {
        if (!(cause instanceof JacksonException jackson)) {
            return List.of(new ValidationProblem.FieldProblem("body", "is missing or unreadable"));
        }
        String path = JsonPaths.of(jackson);
        String message;
        if (cause instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + enumNames(invalid.getTargetType());
        } else if (cause instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "must be " + JsonPaths.describeType(mismatched.getTargetType());
        } else if (cause instanceof StreamReadException) {
            message = "is not well-formed JSON near line " + lineOf(jackson);
        } else {
            message = "has an invalid value";
        }
        return List.of(new ValidationProblem.FieldProblem(path.isEmpty() ? "body" : path, message));
    }

    private static String lineOf(JacksonException e) {
        return e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String enumNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return String.join(", ", names);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
