package io.promoplatform.web.campaign;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The campaign pages over HTTP with a browser's session and CSRF token: the editor saves and redirects
 * with a flash, refuses bad input with field messages (never a 500), and only marketers may edit, run
 * or apply plans while approvers and auditors read.
 */
@OnH2
class CampaignPagesOnH2Test {

    @LocalServerPort
    int port;
    Api api;
    String id;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        id = "page-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A signed-in browser without JavaScript: cookies, no redirects followed, the session's CSRF token. */
    static final class Session {
        private final int port;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Session(int port, String user) {
            this.port = port;
            HttpResponse<String> login = post("/login", Map.of("username", user, "password", user + "-demo"));
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build());
        }

        /** Posts a form with the session's CSRF token, as a page's th:action form would. */
        HttpResponse<String> post(String path, Map<String, String> fields) {
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
            assertThat(m.find()).isTrue();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", m.group(1));
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, String> campaignForm(String id, String name, String budget) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id", id);
        form.put("name", name);
        form.put("budget", budget);
        form.put("currency", "USD");
        form.put("startsAt", "");
        form.put("endsAt", "");
        return form;
    }

    private void apiCampaign(String campaignId, String startsAt, String endsAt) {
        String schedule = (startsAt == null ? "" : ",\"startsAt\":\"" + startsAt + "\"")
                + (endsAt == null ? "" : ",\"endsAt\":\"" + endsAt + "\"");
        Api.Reply put = api.put("/api/v1/admin/campaigns/" + campaignId).as("marketer").json("""
                {"name":"Api made","budget":"1000.00","currency":"USD"%s,"segments":{
                  "seniors":{"min":"100.00","max":"600.00"},"young-working":{"min":"0.00","max":"700.00"}}}"""
                .formatted(schedule)).send();
        assertThat(put.status()).as(put.body()).isEqualTo(200);
    }

    @Test
    void aMarketerCreatesACampaignWithSegmentsAndLandsOnItWithAFlash() {
        Session marketer = new Session(port, "marketer");
        Map<String, String> form = campaignForm(id, "Spring juice", "500.00");
        form.put("startsAt", "2026-01-01T00:00");
        form.put("segments[0].id", "seniors");
        form.put("segments[0].include", "true");
        form.put("segments[0].min", "50.00");
        form.put("segments[0].max", "300.00");
        form.put("segments[1].id", "urban-ethnic");
        form.put("segments[1].max", "200.00");

        HttpResponse<String> saved = marketer.post("/campaigns/new", form);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/campaigns/" + id);
        String page = marketer.get("/campaigns/" + id).body();
        assertThat(page).contains("id=\"flash-success\"").contains("Campaign " + id + " created.")
                .contains("id=\"budget-seniors\"").doesNotContain("id=\"budget-urban-ethnic\"");
        Api.Reply budget = api.get("/api/v1/admin/campaigns/" + id).as("auditor").send();
        assertThat(budget.text("/budget")).isEqualTo("500.00");
        assertThat(budget.text("/startsAt")).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(budget.text("/segments/0/max")).isEqualTo("300.00");
        assertThat(marketer.get("/campaigns").body()).contains("id=\"campaign-" + id + "\"");
    }

    @Test
    void badValuesReRenderTheEditorWith422AndAMessageBesideEachField() {
        Session marketer = new Session(port, "marketer");
        Map<String, String> form = campaignForm(id, "Broken", "12.345");
        form.put("segments[0].id", "seniors");
        form.put("segments[0].include", "true");
        form.put("segments[0].min", "-1.00");
        form.put("segments[0].max", "abc");

        HttpResponse<String> refused = marketer.post("/campaigns/new", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"form-error\"")
                .contains("data-field=\"budget\"")
                .contains("data-field=\"segments.seniors.min\"")
                .contains("data-field=\"segments.seniors.max\"")
                .contains("value=\"12.345\"")
                .doesNotContain("Exception").doesNotContain("at io.");
        assertThat(api.get("/api/v1/admin/campaigns/" + id).as("auditor").send().status()).isEqualTo(404);
    }

    @Test
    void aMaximumAboveTheBudgetAndAnUnreadableTimeAreFieldMessagesToo() {
        Session marketer = new Session(port, "marketer");
        Map<String, String> badTime = campaignForm(id, "Timed", "100.00");
        badTime.put("endsAt", "next tuesday");
        Map<String, String> badMax = campaignForm(id, "Capped", "100.00");
        badMax.put("segments[0].id", "seniors");
        badMax.put("segments[0].include", "true");
        badMax.put("segments[0].max", "150.00");

        HttpResponse<String> time = marketer.post("/campaigns/new", badTime);
        HttpResponse<String> max = marketer.post("/campaigns/new", badMax);

        assertThat(time.statusCode()).isEqualTo(422);
        assertThat(time.body()).contains("data-field=\"endsAt\"").contains("2026-11-01T00:00");
        assertThat(max.statusCode()).isEqualTo(422);
        assertThat(max.body()).contains("data-field=\"segments.seniors.max\"").contains("must not exceed the campaign budget");
    }

    @Test
    void missingFieldsAreAllNamedAtOnce() {
        Session marketer = new Session(port, "marketer");

        HttpResponse<String> refused = marketer.post("/campaigns/new", campaignForm(id, "", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("data-field=\"name\"").contains("data-field=\"budget\"");
    }

    @Test
    void creatingWithAnExistingIdIsRefusedAndDoesNotOverwriteIt() {
        apiCampaign(id, null, null);
        Session marketer = new Session(port, "marketer");

        HttpResponse<String> refused = marketer.post("/campaigns/new", campaignForm(id, "Overwrite?", "5.00"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("data-field=\"id\"").contains("already exists");
        assertThat(api.get("/api/v1/admin/campaigns/" + id).as("auditor").send().text("/budget")).isEqualTo("1000.00");
    }

    @Test
    void editingKeepsTheIdAndShowsTheCurrentValues() {
        apiCampaign(id, null, null);
        Session marketer = new Session(port, "marketer");

        String editor = marketer.get("/campaigns/" + id + "/edit").body();
        Map<String, String> form = campaignForm("ignored-id", "Renamed", "1200.00");
        form.put("segments[0].id", "seniors");
        form.put("segments[0].include", "true");
        form.put("segments[0].min", "200.00");
        form.put("segments[0].max", "600.00");
        HttpResponse<String> saved = marketer.post("/campaigns/" + id + "/edit", form);

        assertThat(editor).contains("value=\"Api made\"").contains("value=\"1000.00\"").contains("value=\"600.00\"");
        assertThat(saved.statusCode()).isEqualTo(302);
        Api.Reply budget = api.get("/api/v1/admin/campaigns/" + id).as("auditor").send();
        assertThat(budget.text("/name")).isEqualTo("Renamed");
        assertThat(budget.text("/budget")).isEqualTo("1200.00");
        assertThat(api.get("/api/v1/admin/campaigns/ignored-id").as("auditor").send().status()).isEqualTo(404);
    }

    @Test
    void theListShowsWhereEachCampaignStandsInItsSchedule() {
        String ended = id + "-ended";
        String upcoming = id + "-upcoming";
        apiCampaign(ended, "2020-01-01T00:00:00Z", "2020-02-01T00:00:00Z");
        apiCampaign(upcoming, "2099-01-01T00:00:00Z", null);
        apiCampaign(id, null, null);

        String list = new Session(port, "auditor").get("/campaigns").body();

        assertThat(row(list, ended)).contains("ended");
        assertThat(row(list, upcoming)).contains("upcoming");
        assertThat(row(list, id)).contains("running").contains("1000.00").contains("0% spent");
    }

    private static String row(String page, String campaignId) {
        int start = page.indexOf("id=\"campaign-" + campaignId + "\"");
        assertThat(start).as("row of " + campaignId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void approversAndAuditorsReadCampaignsButCannotEditRunOrApply() throws Exception {
        apiCampaign(id, null, null);
        String planId = api.post("/api/v1/admin/campaigns/" + id + "/plans").as("marketer")
                .json("{\"secondsLimit\":1,\"step\":\"50.00\"}").send().text("/planId");
        PlanPagesOnH2Test.awaitDone(api, planId);

        for (String reader : new String[] {"auditor", "approver"}) {
            Session session = new Session(port, reader);
            HttpResponse<String> list = session.get("/campaigns");
            HttpResponse<String> detail = session.get("/campaigns/" + id);
            HttpResponse<String> plan = session.get("/plans/" + planId);

            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).doesNotContain("id=\"campaign-new\"");
            assertThat(detail.statusCode()).isEqualTo(200);
            assertThat(detail.body()).contains("id=\"segment-budgets\"").doesNotContain("id=\"plan-form\"")
                    .doesNotContain("id=\"campaign-edit\"");
            assertThat(plan.statusCode()).isEqualTo(200);
            assertThat(plan.body()).contains("id=\"allocation\"").doesNotContain("id=\"plan-apply\"");
            assertThat(session.get("/campaigns/new").statusCode()).as(reader).isEqualTo(403);
            assertThat(session.get("/campaigns/" + id + "/edit").statusCode()).as(reader).isEqualTo(403);
            assertThat(session.get("/plans/" + planId + "/apply").statusCode()).as(reader).isEqualTo(403);
            assertThat(session.post("/campaigns/new", campaignForm(id + "-x", "No", "1.00")).statusCode())
                    .as(reader).isEqualTo(403);
            assertThat(session.post("/campaigns/" + id + "/edit", campaignForm(id, "No", "1.00")).statusCode())
                    .as(reader).isEqualTo(403);
            assertThat(session.post("/campaigns/" + id + "/plans", Map.of("secondsLimit", "1", "step", "50.00"))
                    .statusCode()).as(reader).isEqualTo(403);
            assertThat(session.post("/plans/" + planId + "/apply", Map.of()).statusCode()).as(reader).isEqualTo(403);
        }
        Api.Reply budget = api.get("/api/v1/admin/campaigns/" + id).as("auditor").send();
        assertThat(budget.text("/name")).isEqualTo("Api made");
        for (var segment : budget.json().get("segments")) {
            assertThat(segment.path("allocated").isMissingNode() || segment.path("allocated").isNull()).isTrue();
        }
        assertThat(api.get("/api/v1/admin/plans/" + planId).as("auditor").send().json().get("appliedAt").isNull())
                .isTrue();
    }

    @Test
    void anUnknownCampaignIsANotFoundPage() {
        HttpResponse<String> missing = new Session(port, "marketer").get("/campaigns/no-such-" + id);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("id=\"problem-message\"").doesNotContain("Exception");
    }
}
