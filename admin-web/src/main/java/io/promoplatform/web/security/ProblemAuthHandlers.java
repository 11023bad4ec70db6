package io.promoplatform.web.security;

import io.promoplatform.web.system.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for the APIs as problem+json. No {@code WWW-Authenticate: Basic} challenge is sent, so a
 * browser never caches Basic credentials for the admin API, which is what lets Basic-authenticated
 * calls skip the CSRF token safely.
 */
final class ProblemAuthHandlers {

    private ProblemAuthHandlers() {
    }

    static AuthenticationEntryPoint entryPoint(JsonMapper json, String bearerRealm) {
        return (request, response, e) -> {
            if (bearerRealm != null) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"" + bearerRealm + "\"");
            }
            write(json, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                    "Valid credentials are required for this endpoint."));
        };
    }

    static AccessDeniedHandler accessDenied(JsonMapper json) {
        return (request, response, e) -> write(json, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Forbidden", "Your role does not allow this request."));
    }

    private static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
