package io.promoplatform.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests no controller maps (an unknown path, a method or media type no handler takes): problem+json
 * under /api/ as {@link ProblemHandling} writes it, the HTML error page elsewhere. The controller-bound
 * advices do not see these, because there is no controller.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedRequests {

    private final ProblemHandling problems;

    UnmappedRequests(ProblemHandling problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class})
    Object unmapped(Exception e, HttpServletRequest request, HttpServletResponse response, WebRequest web)
            throws Exception {
        if (request.getRequestURI().startsWith("/api/")) {
            return problems.handleException(e, web);
        }
        HttpStatus status = e instanceof NoResourceFoundException ? HttpStatus.NOT_FOUND
                : e instanceof HttpRequestMethodNotSupportedException ? HttpStatus.METHOD_NOT_ALLOWED
                : e instanceof HttpMediaTypeNotSupportedException ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                : HttpStatus.NOT_ACCEPTABLE;
        response.setStatus(status.value());
        ModelAndView mv = new ModelAndView("error");
        mv.setStatus(status);
        mv.addObject("status", status.value());
        mv.addObject("error", status.getReasonPhrase());
        return mv;
    }
}
