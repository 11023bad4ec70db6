package io.promoplatform.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in browser session over plain HTTP (cookies, CSRF token from the page), for page tests. */
public final class PageSession {

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private PageSession(int port) {
        this.port = port;
    }

    /** Signs a demo account in (password: name + "-demo"). */
    public static PageSession signIn(int port, String user) {
        PageSession s = new PageSession(port);
        HttpResponse<String> reply = s.postForm("/login", "username=" + user + "&password=" + user + "-demo&_csrf="
                + enc(s.csrf("/login")));
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return s;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Posts a form with the session's CSRF token (taken from {@code tokenPage}) appended. */
    public HttpResponse<String> postWithToken(String tokenPage, String path, String form) {
        return postForm(path, form + (form.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf(tokenPage)));
    }

    public String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(page).body());
        assertThat(m.find()).as("%s carries a CSRF token", page).isTrue();
        return m.group(1);
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
