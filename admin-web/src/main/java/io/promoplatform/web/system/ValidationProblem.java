package io.promoplatform.web.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the server understood but refuses, with one entry per offending field. Thrown by services
 * and turned into problem+json by {@link ProblemHandling}; 400 for shape errors, 422 for business ones.
 */
public class ValidationProblem extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldProblem> errors;

    public ValidationProblem(HttpStatus status, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ValidationProblem unprocessable(List<FieldProblem> errors) {
        return new ValidationProblem(HttpStatus.UNPROCESSABLE_CONTENT, "The request breaks " + errors.size()
                + (errors.size() == 1 ? " rule." : " rules."), errors);
    }

    public static ValidationProblem unprocessable(String field, String message) {
        return unprocessable(List.of(new FieldProblem(field, message)));
    }

    public static ValidationProblem badRequest(String field, String message) {
        return new ValidationProblem(HttpStatus.BAD_REQUEST, "The request is malformed.",
                List.of(new FieldProblem(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** One field's complaint; {@code field} is a JSON path such as {@code lines[0].quantity}. */
    public record FieldProblem(String field, String message) {
    }
}
