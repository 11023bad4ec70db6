package io.promoplatform.web.security;

/** The roles people hold; a user may hold several. ADMIN implies the others (see SecurityConfig). */
public enum Role {
    MARKETER,
    APPROVER,
    AUDITOR,
    ADMIN;

    /** Spring Security's name for the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Granted to storefront API keys, never to a person. */
    public static final String STOREFRONT = "ROLE_STOREFRONT";
}
