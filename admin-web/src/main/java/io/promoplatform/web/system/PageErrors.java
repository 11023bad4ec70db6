package io.promoplatform.web.system;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The fallback for refusals on admin pages: an HTML page with the status, a plain message and a way
 * back, never a stack trace. Pages with forms catch {@link ValidationProblem} themselves and show the
 * messages beside the fields; what reaches this class is a missing entity, a conflict or a bug.
 */
@ControllerAdvice(annotations = AdminPage.class)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e, HttpServletResponse response) {
        return page(e.status(), e.getMessage(), null, response);
    }

    @ExceptionHandler(ValidationProblem.class)
    ModelAndView validation(ValidationProblem e, HttpServletResponse response) {
        ModelAndView mv = page(e.status(), e.getMessage(), null, response);
        mv.addObject("problems", e.errors());
        return mv;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "The parameter '" + e.getName() + "' has the wrong type.", null, response);
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ModelAndView busy(PessimisticLockingFailureException e, HttpServletResponse response) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, "The change met a concurrent one; try again.", null, response);
    }

    /** Let Spring Security's handler answer (403 page), not the catch-all below. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure on an admin page, incident {}", incident, e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "The server failed to answer this request.", incident, response);
    }

    private static ModelAndView page(HttpStatus status, String message, String incident, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView mv = new ModelAndView("error/problem");
        mv.setStatus(status);
        mv.addObject("status", status.value());
        mv.addObject("reason", status.getReasonPhrase());
        mv.addObject("message", message);
        mv.addObject("incident", incident);
        return mv;
    }
}
