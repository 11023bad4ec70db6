package io.promoplatform.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Plan jobs over HTTP: start, watch, compare with the exact optimum, apply (audited). */
abstract class PlanApiContract {

    @LocalServerPort
    int port;
    Api api;
    String campaign;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        campaign = "plan-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply put = api.put("/api/v1/admin/campaigns/" + campaign).as("marketer").json("""
                {"name":"Planned","budget":"1000.00","currency":"USD","segments":{
                  "seniors":{"min":"100.00","max":"600.00"},"urban-ethnic":{"min":"0.00","max":"500.00"},
                  "young-working":{"min":"50.00","max":"700.00"}}}""").send();
        assertThat(put.status()).as(put.body()).isEqualTo(200);
    }

    private JsonNode awaitDone(String planId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode plan = api.get("/api/v1/admin/plans/" + planId).as("marketer").send().json();
            if (!plan.get("status").asString().equals("SOLVING")) {
                return plan;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("plan " + planId + " still solving");
    }

    @Test
    void aPlanSplitsTheBudgetWithinTheLimitsMatchesTheOptimumAndAppliesAsSegmentBudgets() throws Exception {
        Api.Reply started = api.post("/api/v1/admin/campaigns/" + campaign + "/plans").as("marketer")
                .json("{\"secondsLimit\":2,\"step\":\"50.00\"}").send();
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String planId = started.text("/planId");

        JsonNode plan = awaitDone(planId);

        assertThat(plan.get("status").asString()).isEqualTo("DONE");
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode a : plan.get("allocation")) {
            total = total.add(new BigDecimal(a.get("amount").asString()));
        }
        assertThat(total).isLessThanOrEqualTo(new BigDecimal("1000.00"));
        assertThat(plan.get("exactOptimum")).isNotNull();
        assertThat(plan.get("allocation")).isEqualTo(plan.get("exactOptimum"));

        Api.Reply applied = api.post("/api/v1/admin/plans/" + planId + "/apply").as("marketer").send();
        JsonNode budget = api.get("/api/v1/admin/campaigns/" + campaign + "/budget").as("auditor").send().json();
        JsonNode events = api.get("/api/v1/audit/events?entity=campaign:" + campaign).as("auditor").send().json();

        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("appliedBy").asString()).isEqualTo("marketer");
        for (JsonNode segment : budget.get("segments")) {
            JsonNode planned = null;
            for (JsonNode a : plan.get("allocation")) {
                if (a.get("segment").asString().equals(segment.get("segment").asString())) {
                    planned = a;
                }
            }
            assertThat(planned).isNotNull();
            assertThat(segment.get("allocated").asString()).isEqualTo(planned.get("amount").asString());
        }
        assertThat(events.get("items").findValuesAsString("action")).contains("campaign.apply-plan");
    }

    @Test
    void upliftCurvesComeFromTheActivePriceModelAndAreConcave() throws Exception {
        String model = null;
        for (JsonNode m : api.get("/api/v1/admin/models").as("marketer").send().json()) {
            if (m.get("active").asBoolean()) {
                model = m.get("version").asString();
            }
        }
        String planId = api.post("/api/v1/admin/campaigns/" + campaign + "/plans").as("marketer")
                .json("{\"secondsLimit\":1,\"step\":\"10.00\"}").send().text("/planId");

        JsonNode plan = awaitDone(planId);

        assertThat(plan.get("curveSource").asString()).isEqualTo("model " + model);
        assertThat(plan.get("curves").propertyNames()).containsExactlyInAnyOrder("seniors", "urban-ethnic", "young-working");
        for (var curve : plan.get("curves").properties()) {
            JsonNode points = curve.getValue();
            assertThat(new BigDecimal(points.get(0).get(1).asString())).isZero();
            assertThat(new BigDecimal(points.get(points.size() - 1).get(1).asString())).as(curve.getKey()).isPositive();
            BigDecimal previousGain = null;
            for (int i = 1; i < points.size(); i++) {
                BigDecimal gain = new BigDecimal(points.get(i).get(1).asString())
                        .subtract(new BigDecimal(points.get(i - 1).get(1).asString()));
                assertThat(gain).as("non-decreasing " + curve.getKey()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                if (previousGain != null) {
                    // equal spend steps: each buys no more than the one before (a cent of rounding allowed)
                    assertThat(gain).as("concave " + curve.getKey()).isLessThanOrEqualTo(previousGain.add(new BigDecimal("0.01")));
                }
                previousGain = gain;
            }
        }
    }

    @Test
    void aStepThatDoesNotDivideTheBudgetIsRefusedAndUnknownPlansAre404() {
        Api.Reply bad = api.post("/api/v1/admin/campaigns/" + campaign + "/plans").as("marketer")
                .json("{\"secondsLimit\":2,\"step\":\"33.00\"}").send();

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("step");
        assertThat(api.get("/api/v1/admin/plans/P-NONE").as("marketer").send().status()).isEqualTo(404);
        assertThat(api.post("/api/v1/admin/campaigns/nope-nope/plans").as("marketer")
                .json("{\"step\":\"50.00\"}").send().status()).isEqualTo(404);
    }
}
