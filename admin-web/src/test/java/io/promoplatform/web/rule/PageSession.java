package io.promoplatform.web.rule;

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

/** A signed-in browser session over plain HTTP: pages, forms with their CSRF token, no redirects followed. */
final class PageSession {

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    private PageSession(int port) {
        this.port = port;
    }

    /** Signs a demo account in (password: name + "-demo"). */
    static PageSession signIn(int port, String user) throws Exception {
        PageSession session = new PageSession(port);
        session.csrf = session.tokenOf(session.get("/login").body());
        HttpResponse<String> reply = session.post("/login", "username=" + user + "&password=" + user + "-demo");
        assertThat(reply.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        session.csrf = session.tokenOf(session.get("/").body());
        return session;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form (url-encoded pairs "a=b&c=d", values already encoded) with the session's CSRF token. */
    HttpResponse<String> post(String path, String form) throws Exception {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Follows a POST's redirect: the page the browser would land on. */
    HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
        assertThat(redirect.statusCode()).as("a redirect after POST").isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return get(URI.create(location).getRawPath());
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String tokenOf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("page carries a CSRF token").isTrue();
        return m.group(1);
    }
}
