package io.promoplatform.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in this request, as the audit trail names them. */
public final class Actor {

    private Actor() {
    }

    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return "system";
        }
        if (auth.getPrincipal() instanceof ApiKeyPrincipal key) {
            return "key:" + key.id();
        }
        return auth.getName();
    }
}
