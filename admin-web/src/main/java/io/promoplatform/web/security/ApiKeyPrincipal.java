package io.promoplatform.web.security;

/** The storefront behind a bearer key. */
public record ApiKeyPrincipal(String id, String name) {
}
