package io.promoplatform.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.OnH2;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard counts what the storefront quoted: quotes per minute, discount, top rules, budget burn. */
@OnH2
class DashboardPageOnH2Test {

    @LocalServerPort
    int port;

    @Test
    void quotesMadeThroughTheApiAreCountedWithTheirDiscountAndRule() throws Exception {
        Api api = new Api(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String sku = "DB-" + suffix;
        String campaign = "dash-" + suffix.toLowerCase();
        assertThat(api.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Dashboard juice","brand":"TestBrand","category":"test","listPrice":"10.00","cost":"6.00",
                 "currency":"USD"}""").send().status()).isEqualTo(200);
        assertThat(api.put("/api/v1/admin/campaigns/" + campaign).as("marketer").json("""
                {"name":"Dashboard campaign %s","budget":"100.00","currency":"USD","segments":{}}""".formatted(suffix))
                .send().status()).isEqualTo(200);
        Api.Reply rule = api.post("/api/v1/admin/rules").as("marketer").json("""
                {"name":"Dashboard ten off","kind":"PROMOTION","priority":100,"campaign":"%s",
                 "conditions":{"skus":["%s"]},"effect":{"type":"PERCENT_OFF","percent":"10"}}""".formatted(campaign, sku))
                .send();
        String ruleId = rule.text("/id");
        api.post("/api/v1/admin/rules/" + ruleId + "/submit").as("marketer").send();
        api.post("/api/v1/admin/rules/" + ruleId + "/approve").as("approver").json("{}").send();
        Api.Reply release = api.post("/api/v1/admin/releases").as("approver")
                .json("{\"comment\":\"dashboard\",\"ruleIds\":[\"" + ruleId + "\"]}").send();
        assertThat(release.status()).as(release.body()).isEqualTo(201);
        long number = release.json().get("release").asLong();
        String auditor = signIn("auditor");
        String before = page(auditor);
        long quotesBefore = Long.parseLong(text(before, "id=\"quotes-last-hour\">([0-9]+)<"));
        BigDecimal discountBefore = money(before, "class=\"discount-today\">([0-9.]+)<");

        for (int i = 0; i < 3; i++) {
            Api.Reply q = api.post("/api/v1/quotes").bearer("demo-storefront-key")
                    .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":2}]}").send();
            assertThat(q.text("/discountTotal")).isEqualTo("2.00");
            String accepted = api.post("/api/v1/quotes/" + q.text("/quoteId") + "/accept").bearer("demo-storefront-key")
                    .header("Idempotency-Key", "dash-" + suffix + "-" + i).send().text("/status");
            assertThat(accepted).isEqualTo("ACCEPTED");
        }
        String after = page(auditor);

        assertThat(Long.parseLong(text(after, "id=\"quotes-last-hour\">([0-9]+)<"))).isEqualTo(quotesBefore + 3);
        assertThat(money(after, "class=\"discount-today\">([0-9.]+)<")).isEqualByComparingTo(
                discountBefore.add(new BigDecimal("6.00")));
        assertThat(text(after, "id=\"active-release-number\"[^>]*>([^<]+)<")).isEqualTo("Release " + number);
        assertThat(after).contains("by approver at");
        assertThat(text(after, "id=\"top-rules-hits\".*?data-rule=\"" + ruleId + "\".*?class=\"num hits\">([0-9]+)<"))
                .isEqualTo("3");
        assertThat(text(after, "id=\"top-rules-discount\".*?data-rule=\"" + ruleId + "\".*?class=\"num discount\">([0-9.]+)<"))
                .isEqualTo("6.00");
        assertThat(text(after, "id=\"burn-" + campaign + "\".*?<small>([^<]+)<")).isEqualTo("6.00 of 100.00 USD (6%)");
        assertThat(after).contains("id=\"qpm-chart\"").contains("id=\"area-auditor\"").doesNotContain("id=\"area-approver\"");
        assertThat(page(signIn("approver"))).contains("id=\"link-new-release\"").doesNotContain("id=\"area-auditor\"");
    }

    private String signIn(String user) throws Exception {
        HttpClient client = client();
        String login = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(m.find()).isTrue();
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user + "-demo&_csrf="
                        + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(302);
        sessions.put(user, client);
        return user;
    }

    private final java.util.Map<String, HttpClient> sessions = new java.util.HashMap<>();

    private String page(String user) throws Exception {
        HttpResponse<String> home = sessions.get(user).send(get("/"), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        return home.body();
    }

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    }

    private static String text(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("page matches " + regex).isTrue();
        return m.group(1).trim();
    }

    private static BigDecimal money(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        return m.find() ? new BigDecimal(m.group(1)) : BigDecimal.ZERO;
    }
}
