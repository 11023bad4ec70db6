package io.promoplatform.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.OnH2;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browser door: form login with a session, CSRF on every form, a home page per role. */
@OnH2
class BrowserLoginOnH2Test {

    @LocalServerPort
    int port;
    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrfToken() throws Exception {
        HttpResponse<String> login = get("/login");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(m.find()).as("login form carries a CSRF token").isTrue();
        return m.group(1);
    }

    private void signIn(String user) throws Exception {
        String token = csrfToken();
        HttpResponse<String> reply = postForm("/login", "username=" + user + "&password=" + user + "-demo&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void pagesRedirectToTheLoginFormUntilSignedIn() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void loginWithoutTheCsrfTokenIsRefused() throws Exception {
        get("/login");

        HttpResponse<String> reply = postForm("/login", "username=marketer&password=marketer-demo");

        assertThat(reply.statusCode()).isEqualTo(403);
    }

    @Test
    void wrongPasswordReturnsToTheFormWithAnError() throws Exception {
        String token = csrfToken();

        HttpResponse<String> reply = postForm("/login", "username=marketer&password=nope-nope-nope&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));

        assertThat(reply.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    }

    @Test
    void eachRoleSeesItsOwnAreasOnTheHomePage() throws Exception {
        signIn("auditor");

        String page = get("/").body();

        assertThat(page).contains("id=\"area-auditor\"").doesNotContain("id=\"area-marketer\"", "id=\"area-admin\"");
    }

    @Test
    void sessionCallsToTheAdminApiNeedTheCsrfTokenButReadsDoNot() throws Exception {
        signIn("marketer");

        HttpResponse<String> read = get("/api/v1/admin/products");
        HttpResponse<String> write = browser.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/admin/segments/csrf-test"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(write.statusCode()).isEqualTo(403);
    }
}
