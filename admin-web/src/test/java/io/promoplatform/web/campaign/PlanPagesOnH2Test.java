package io.promoplatform.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.campaign.CampaignPagesOnH2Test.Session;
import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.OnH2;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The plan pages without a browser: the runner refuses a bad step beside the field, a started plan
 * reports progress as JSON, its page shows the allocation and curves, and applying goes through a
 * confirmation page that lists current and new budgets before the POST writes them.
 */
@OnH2
class PlanPagesOnH2Test {

    @LocalServerPort
    int port;
    Api api;
    String campaign;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        campaign = "plans-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply put = api.put("/api/v1/admin/campaigns/" + campaign).as("marketer").json("""
                {"name":"Plan pages","budget":"1000.00","currency":"USD","segments":{
                  "seniors":{"min":"100.00","max":"600.00"},"urban-ethnic":{"min":"0.00","max":"500.00"},
                  "young-working":{"min":"50.00","max":"700.00"}}}""").send();
        assertThat(put.status()).as(put.body()).isEqualTo(200);
    }

    static JsonNode awaitDone(Api api, String planId) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            JsonNode plan = api.get("/api/v1/admin/plans/" + planId).as("marketer").send().json();
            if (!plan.get("status").asString().equals("SOLVING")) {
                return plan;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("plan " + planId + " still solving");
    }

    @Test
    void aStepThatDoesNotDivideTheBudgetReRendersTheCampaignWithTheMessageBesideTheStep() {
        Session marketer = new Session(port, "marketer");

        HttpResponse<String> refused = marketer.post("/campaigns/" + campaign + "/plans",
                Map.of("secondsLimit", "2", "step", "33.00"));
        HttpResponse<String> seconds = marketer.post("/campaigns/" + campaign + "/plans",
                Map.of("secondsLimit", "soon", "step", "50.00"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("data-field=\"step\"").contains("value=\"33.00\"")
                .contains("id=\"segment-budgets\"");
        assertThat(seconds.statusCode()).isEqualTo(422);
        assertThat(seconds.body()).contains("data-field=\"secondsLimit\"");
        assertThat(marketer.get("/campaigns/" + campaign).body()).contains("id=\"plans-empty\"");
    }

    @Test
    void aPlanRunFromThePageReportsProgressThenShowsItsResultAndAppliesAfterConfirmation() throws Exception {
        Session marketer = new Session(port, "marketer");

        HttpResponse<String> started = marketer.post("/campaigns/" + campaign + "/plans",
                Map.of("secondsLimit", "1", "step", "50.00"));
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        String planId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(planId).startsWith("P-");
        HttpResponse<String> progress = marketer.get("/plans/" + planId + "/progress");
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.headers().firstValue("Content-Type").orElseThrow()).contains("json");
        assertThat(progress.body()).contains("\"status\"").contains("\"elapsed\"");

        JsonNode plan = awaitDone(api, planId);
        assertThat(plan.get("status").asString()).isEqualTo("DONE");
        String planned = plan.get("allocation").get(0).get("amount").asString();
        String segment = plan.get("allocation").get(0).get("segment").asString();

        String page = marketer.get("/plans/" + planId).body();
        assertThat(page).contains("id=\"allocation\"").contains("id=\"allocation-" + segment + "\"")
                .contains("id=\"plan-optimum\"").contains("data-curves=").contains("id=\"plan-apply\"")
                .doesNotContain("id=\"plan-solving\"");
        assertThat(marketer.get("/plans/" + planId + "/progress").body()).contains("\"status\":\"DONE\"");
        assertThat(marketer.get("/campaigns/" + campaign).body()).contains("href=\"/plans/" + planId + "\"");

        HttpResponse<String> confirm = marketer.get("/plans/" + planId + "/apply");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("id=\"apply-" + segment + "\"").contains(planned)
                .contains("shares the total").contains("id=\"apply-confirm\"");
        assertThat(api.get("/api/v1/admin/plans/" + planId).as("auditor").send().json().get("appliedAt").isNull())
                .as("opening the confirmation applies nothing").isTrue();

        HttpResponse<String> applied = marketer.post("/plans/" + planId + "/apply", Map.of());

        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(applied.headers().firstValue("Location").orElseThrow()).endsWith("/campaigns/" + campaign);
        String after = marketer.get("/campaigns/" + campaign).body();
        assertThat(after).contains("id=\"flash-success\"").contains("Plan " + planId + " applied");
        int row = after.indexOf("id=\"budget-" + segment + "\"");
        assertThat(after.substring(row, after.indexOf("</tr>", row))).contains(planned);
        assertThat(api.get("/api/v1/admin/campaigns/" + campaign).as("auditor").send().json().get("segments")
                .findValuesAsString("allocated")).contains(planned);
    }

    @Test
    void anUnknownPlanIsANotFoundPageAndItsProgressToo() {
        Session auditor = new Session(port, "auditor");

        assertThat(auditor.get("/plans/P-NO-SUCH").statusCode()).isEqualTo(404);
        assertThat(auditor.get("/plans/P-NO-SUCH/progress").statusCode()).isEqualTo(404);
    }
}
