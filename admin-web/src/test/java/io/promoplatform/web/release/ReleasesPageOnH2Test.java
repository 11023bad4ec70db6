package io.promoplatform.web.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.OnH2;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The release pages over HTTP with a real browser session (form login, CSRF): who may build and
 * activate, the candidate preview with its replay, refusals re-rendered with every message, the flash
 * after each POST, and rollback. Every rule targets a SKU made for the test.
 */
@OnH2
class ReleasesPageOnH2Test {

    @LocalServerPort
    int port;
    Api api;
    String sku;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        sku = "RP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Release page juice","brand":"TestBrand","category":"test","listPrice":"10.00",
                 "cost":"6.00","currency":"USD"}""").send().status()).isEqualTo(200);
    }

    private String rule(String name, boolean approve) {
        Api.Reply created = api.post("/api/v1/admin/rules").as("marketer").json("""
                {"name":"%s","kind":"PROMOTION","priority":100,"conditions":{"skus":["%s"]},
                 "effect":{"type":"PERCENT_OFF","percent":"10"}}""".formatted(name, sku)).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("/id");
        if (approve) {
            api.post("/api/v1/admin/rules/" + id + "/submit").as("marketer").send();
            assertThat(api.post("/api/v1/admin/rules/" + id + "/approve").as("approver").json("{\"comment\":\"ok\"}")
                    .send().text("/state")).isEqualTo("APPROVED");
        }
        return id;
    }

    private String quote() {
        Api.Reply reply = api.post("/api/v1/quotes").bearer("demo-storefront-key")
                .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":3}]}").send();
        assertThat(reply.status()).isEqualTo(200);
        return reply.text("/quoteId");
    }

    @Test
    void anApproverPreviewsTheCandidateWithItsReplayThenCreatesAndRollsBack() throws Exception {
        String ruleId = rule("Candidate ten off " + sku, true);
        String quoteId = quote();
        long before = api.activeRelease();
        Session approver = Session.signIn(port, "approver");
        HttpResponse<String> form = approver.get("/releases/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"rule-" + ruleId + "\"");

        HttpResponse<String> candidate = approver.get("/releases/candidate?comment=page+test&ruleIds=" + ruleId);

        assertThat(candidate.statusCode()).isEqualTo(200);
        assertThat(candidate.body()).contains("data-rule=\"" + ruleId + "\"").contains("id=\"create-and-activate\"")
                .contains("id=\"replay-changed\"").contains("/quotes/" + quoteId)
                .contains("30.00").contains("27.00");
        assertThat(api.activeRelease()).as("previewing activates nothing").isEqualTo(before);

        HttpResponse<String> created = approver.post("/releases", "comment=page+test&ruleIds=" + ruleId);

        assertThat(created.statusCode()).isEqualTo(302);
        long number = api.activeRelease();
        assertThat(number).isGreaterThan(before);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/releases/" + number);
        HttpResponse<String> detail = approver.get("/releases/" + number);
        assertThat(detail.body()).contains("id=\"flash-success\"").contains("Release " + number + " is live with 1 rule (it replaced release " + before + ")")
                .contains("id=\"active-badge\"").contains("/rules/" + ruleId + "/revisions");
        assertThat(api.get("/api/v1/admin/releases/" + number).as("auditor").send().text("/comment"))
                .isEqualTo("page test");

        HttpResponse<String> confirm = approver.get("/releases/" + before + "/activate");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("id=\"confirm-activate\"").contains("class=\"removed\" data-rule=\"" + ruleId + "\"")
                .contains("id=\"replay-quotes\"");
        assertThat(api.activeRelease()).as("the confirmation page changes nothing").isEqualTo(number);

        HttpResponse<String> rolledBack = approver.post("/releases/" + before + "/activate", "");

        assertThat(rolledBack.statusCode()).isEqualTo(302);
        assertThat(api.activeRelease()).isEqualTo(before);
        assertThat(approver.get("/releases/" + before).body()).contains("Rolled back: release " + before
                + " is active again");
    }

    @Test
    void aMarketerSeesReleasesButCannotBuildOrActivateThem() throws Exception {
        String ruleId = rule("Marketer watch " + sku, true);
        long number = api.post("/api/v1/admin/releases").as("approver")
                .json("{\"comment\":\"for the marketer\",\"ruleIds\":[\"" + ruleId + "\"]}").send().json()
                .get("release").asLong();
        long previous = number - 1;
        Session marketer = Session.signIn(port, "marketer");

        HttpResponse<String> list = marketer.get("/releases");
        HttpResponse<String> detail = marketer.get("/releases/" + number);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"release-" + number + "\"").doesNotContain("id=\"new-release\"")
                .doesNotContain("class=\"activate-link\"");
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("data-rule=\"" + ruleId + "\"").doesNotContain("id=\"activate-release\"");
        assertThat(marketer.get("/releases/new").statusCode()).isEqualTo(403);
        assertThat(marketer.get("/releases/" + previous + "/activate").statusCode()).isEqualTo(403);
        assertThat(marketer.post("/releases/" + previous + "/activate", "").statusCode()).isEqualTo(403);
        assertThat(marketer.post("/releases", "comment=nope&ruleIds=" + ruleId).statusCode()).isEqualTo(403);
        assertThat(api.activeRelease()).isEqualTo(number);
    }

    @Test
    void aRuleThatIsNotApprovedReRendersTheFormWithEveryMessageAndChangesNothing() throws Exception {
        String draft = rule("Still a draft " + sku, false);
        long before = api.activeRelease();
        Session approver = Session.signIn(port, "approver");

        HttpResponse<String> preview = approver.get("/releases/candidate?comment=x&ruleIds=" + draft
                + "&ruleIds=R-999999999");
        HttpResponse<String> create = approver.post("/releases", "comment=x&ruleIds=" + draft);
        HttpResponse<String> tooLong = approver.post("/releases", "comment=" + "x".repeat(2001));

        assertThat(preview.statusCode()).isEqualTo(422);
        assertThat(preview.body()).contains("id=\"form-error\"").contains(draft + " is not approved")
                .contains("R-999999999 is not a known rule").contains("id=\"candidate-form\"")
                .doesNotContain("Exception");
        assertThat(create.statusCode()).isEqualTo(422);
        assertThat(create.body()).contains(draft + " is not approved");
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("data-field=\"comment\"").contains("at most 2000 characters");
        assertThat(api.activeRelease()).isEqualTo(before);
    }

    @Test
    void theDiffOfTwoReleasesListsAddedAndChangedRulesWithLinksToTheirRevisions() throws Exception {
        String kept = rule("Kept " + sku, true);
        long first = api.post("/api/v1/admin/releases").as("approver")
                .json("{\"comment\":\"first\",\"ruleIds\":[\"" + kept + "\"]}").send().json().get("release").asLong();
        api.put("/api/v1/admin/rules/" + kept).as("marketer").json("""
                {"name":"Kept v2","kind":"PROMOTION","priority":100,"conditions":{"skus":["%s"]},
                 "effect":{"type":"PERCENT_OFF","percent":"20"}}""".formatted(sku)).send();
        api.post("/api/v1/admin/rules/" + kept + "/submit").as("marketer").send();
        api.post("/api/v1/admin/rules/" + kept + "/approve").as("approver").json("{}").send();
        String added = rule("Added " + sku, true);
        long second = api.post("/api/v1/admin/releases").as("approver")
                .json("{\"comment\":\"second\",\"ruleIds\":[\"" + kept + "\",\"" + added + "\"]}").send().json()
                .get("release").asLong();
        Session auditor = Session.signIn(port, "auditor");

        HttpResponse<String> picked = auditor.get("/releases/diff?from=" + first + "&to=" + second);
        HttpResponse<String> diff = auditor.get("/releases/" + first + "/diff/" + second);

        assertThat(picked.statusCode()).isEqualTo(302);
        assertThat(picked.headers().firstValue("Location").orElseThrow()).endsWith("/releases/" + first + "/diff/" + second);
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("class=\"added\" data-rule=\"" + added + "\"")
                .contains("class=\"changed\" data-rule=\"" + kept + "\"")
                .contains("/rules/" + kept + "/revisions").contains("1 added, 0 removed, 1 changed");
        assertThat(auditor.get("/releases/999999/diff/" + first).statusCode()).isEqualTo(404);
        assertThat(auditor.get("/releases/new").statusCode()).isEqualTo(403);
    }

    /** A browser-like session: cookies, form login, the CSRF token of the last page. */
    static final class Session {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final int port;
        private String token;

        private Session(int port) {
            this.port = port;
        }

        static Session signIn(int port, String user) throws Exception {
            Session s = new Session(port);
            s.get("/login");
            HttpResponse<String> login = s.post("/login", "username=" + user + "&password=" + user + "-demo");
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            s.get("/");
            return s;
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                token = m.group(1);
            }
            return r;
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
