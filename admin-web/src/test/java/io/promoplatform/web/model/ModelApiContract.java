package io.promoplatform.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.engine.model.Learner;
import io.promoplatform.engine.model.ModelTraining;
import io.promoplatform.engine.model.PriceModel;
import io.promoplatform.engine.model.TrainingOptions;
import io.promoplatform.samples.SampleModel;
import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.OjFixture;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The model registry and the signals it puts into quotes, over HTTP, once per database. */
abstract class ModelApiContract {

    static final String KEY = "demo-storefront-key";

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private JsonNode activeModel() {
        for (JsonNode m : api.get("/api/v1/admin/models").as("auditor").send().json()) {
            if (m.get("active").asBoolean()) {
                return m;
            }
        }
        throw new AssertionError("no active model");
    }

    private JsonNode signalsOf(String version, String sku, String segment) {
        JsonNode detail = api.get("/api/v1/admin/models/" + version).as("auditor").send().json();
        for (JsonNode s : detail.get("signals")) {
            if (s.get("sku").asString().equals(sku) && s.get("segment").asString().equals(segment)) {
                return s;
            }
        }
        throw new AssertionError("model " + version + " has no signals for " + sku + " in " + segment);
    }

    private String uncoveredProduct() {
        String sku = "NOMODEL-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply put = api.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Lemonade 1l","brand":"Acme","category":"juice","listPrice":"2.00","cost":"1.00","currency":"USD"}""")
                .send();
        assertThat(put.status()).isIn(200, 201);
        return sku;
    }

    @Test
    void theShippedModelIsRegisteredActiveWithItsProvenanceAndMetrics() {
        JsonNode m = activeModel();

        assertThat(m.get("version").asString()).startsWith("oj-");
        assertThat(m.get("learner").asString()).isEqualTo("xgboost");
        assertThat(m.get("salesSha256").asString()).hasSize(64);
        assertThat(m.get("trainingStores").asInt()).isEqualTo(67);
        double rmse = m.get("metrics").get("leaveStoresOut").get("model").get("rmse").asDouble();
        double logLog = m.get("metrics").get("leaveStoresOut").get("logLog").get("rmse").asDouble();
        assertThat(rmse).isLessThanOrEqualTo(0.55).isLessThan(logLog);
        JsonNode detail = api.get("/api/v1/admin/models/" + m.get("version").asString()).as("marketer").send().json();
        assertThat(detail.get("outOfFold").size()).isGreaterThan(100);
        assertThat(detail.get("signals").size()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void quoteLinesCarryTheActiveModelsSignalsAndTheQuoteNamesItsVersion() {
        String version = activeModel().get("version").asString();
        String uncovered = uncoveredProduct();

        Api.Reply reply = api.post("/api/v1/quotes").bearer(KEY).json("""
                {"channel":"web","lines":[{"sku":"OJ-TROP-64","quantity":1},{"sku":"%s","quantity":1}]}"""
                .formatted(uncovered)).send();

        assertThat(reply.status()).isEqualTo(200);
        JsonNode q = reply.json();
        assertThat(q.get("modelVersion").asString()).isEqualTo(version);
        JsonNode expected = signalsOf(version, "OJ-TROP-64", "default");
        JsonNode covered = q.get("lines").get(0).get("signals");
        assertThat(covered.get("elasticity").asDouble()).isEqualTo(expected.get("elasticity").asDouble()).isNegative();
        assertThat(covered.get("baselineUnits").asDouble()).isEqualTo(expected.get("baselineUnits").asDouble()).isPositive();
        assertThat(q.get("lines").get(1).has("signals")).isFalse();

        JsonNode stored = api.get("/api/v1/quotes/" + q.get("quoteId").asString()).as("auditor").send().json();
        assertThat(stored.get("trace").get("modelVersion").asString()).isEqualTo(version);
        assertThat(stored.toString()).contains("\"elasticity\":" + expected.get("elasticity").asDouble());
    }

    @Test
    void aSignalsConditionDiscountsOnlyLinesWhoseSignalsMatch() {
        String version = activeModel().get("version").asString();
        double trop = signalsOf(version, "OJ-TROP-64", "default").get("elasticity").asDouble();
        double dom = signalsOf(version, "OJ-DOM-128", "default").get("elasticity").asDouble();
        assertThat(trop).isNotEqualTo(dom);
        double threshold = (trop + dom) / 2;
        String elastic = trop < dom ? "OJ-TROP-64" : "OJ-DOM-128";
        String inelastic = trop < dom ? "OJ-DOM-128" : "OJ-TROP-64";
        String uncovered = uncoveredProduct();
        String name = "Elastic only " + UUID.randomUUID();
        Api.Reply created = api.post("/api/v1/admin/rules").as("marketer").json("""
                {"name":"%s","kind":"PROMOTION","priority":500,
                 "conditions":{"skus":["OJ-TROP-64","OJ-DOM-128","%s"],"signals":{"elasticityAtMost":%s}},
                 "effect":{"type":"PERCENT_OFF","percent":"10"}}""".formatted(name, uncovered, threshold)).send();
        assertThat(created.status()).isEqualTo(201);
        String ruleId = created.json().get("id").asString();

        JsonNode result = api.post("/api/v1/admin/simulate").as("marketer").json("""
                {"draftRuleIds":["%s"],"quotes":[{"channel":"web","lines":[
                  {"sku":"%s","quantity":1},{"sku":"%s","quantity":1},{"sku":"%s","quantity":1}]}]}"""
                .formatted(ruleId, elastic, inelastic, uncovered)).send().json();

        JsonNode lines = result.get("quotes").get(0).get("lines");
        assertThat(ruleIds(lines.get(0))).contains(ruleId);
        assertThat(ruleIds(lines.get(1))).doesNotContain(ruleId);
        assertThat(ruleIds(lines.get(2))).as("a line without signals never matches a signals condition")
                .doesNotContain(ruleId);
    }

    private static List<String> ruleIds(JsonNode line) {
        return line.get("adjustments").valueStream().map(a -> a.get("ruleId").asString()).toList();
    }

    @Test
    void registeringRefusesWhatIsNotAModelAndWhatIsAlreadyThereAndNonAdmins() throws Exception {
        Api.Reply garbage = api.post("/api/v1/admin/models").as("admin")
                .body("application/octet-stream", "not a model".getBytes()).send();
        assertThat(garbage.status()).isEqualTo(422);
        assertThat(garbage.contentType()).startsWith("application/problem+json");
        assertThat(garbage.body()).doesNotContain("Exception").doesNotContain("io.promoplatform");

        byte[] shipped;
        try (InputStream in = SampleModel.artifact()) {
            shipped = in.readAllBytes();
        }
        assertThat(api.post("/api/v1/admin/models").as("admin").body("application/octet-stream", shipped).send().status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/admin/models").as("marketer").body("application/octet-stream", shipped).send().status())
                .isEqualTo(403);
        String version = activeModel().get("version").asString();
        assertThat(api.post("/api/v1/admin/models/" + version + "/activate").as("approver").send().status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/admin/models/no-such-model/activate").as("admin").send().status())
                .isEqualTo(404);
    }

    @Test
    void activatingAnotherModelIsAuditedAndNewQuotesUseIt() throws Exception {
        String shipped = activeModel().get("version").asString();
        String version = "fixture-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] artifact = smallModel(version);
        Api.Reply registered = api.post("/api/v1/admin/models").as("admin").body("application/octet-stream", artifact).send();
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("active").asBoolean()).isFalse();
        try {
            Api.Reply activated = api.post("/api/v1/admin/models/" + version + "/activate").as("admin").send();
            assertThat(activated.status()).isEqualTo(200);
            JsonNode q = api.post("/api/v1/quotes").bearer(KEY)
                    .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}").send().json();
            assertThat(q.get("modelVersion").asString()).isEqualTo(version);
            JsonNode events = api.get("/api/v1/audit/events?entity=model:" + version).as("auditor").send().json();
            assertThat(events.toString()).contains("model.activated").contains(version).contains("model.registered");
        } finally {
            assertThat(api.post("/api/v1/admin/models/" + shipped + "/activate").as("admin").send().status()).isEqualTo(200);
        }
        JsonNode back = api.post("/api/v1/quotes").bearer(KEY)
                .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}").send().json();
        assertThat(back.get("modelVersion").asString()).isEqualTo(shipped);
    }

    /** A quick log-log model on invented data: a second, distinguishable registry entry. */
    private static byte[] smallModel(String version) throws Exception {
        Path dir = Files.createTempDirectory("oj-fixture");
        OjFixture.Files3 data = OjFixture.write(dir, 11);
        PriceModel model = ModelTraining.train(data.sales(), data.stores(), data.segments(),
                TrainingOptions.defaults().withCandidates(List.of(Learner.LOG_LOG_OLS)).withFolds(3).withHoldoutWeeks(5)
                        .withVersion(version), line -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
