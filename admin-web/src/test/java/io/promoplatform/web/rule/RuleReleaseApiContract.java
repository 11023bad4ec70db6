package io.promoplatform.web.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Rules and releases through the HTTP API: authoring, four-eyes approval, releases that go live
 * atomically, rollback, and refusals that leave the active release untouched. Every rule here targets
 * SKUs made for the test, so quotes of other test classes on the shared server are not affected.
 */
abstract class RuleReleaseApiContract {

    static final String KEY = "demo-storefront-key";

    @LocalServerPort
    int port;
    Api api;
    String sku;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        sku = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Test juice","brand":"TestBrand","category":"test","listPrice":"10.00","cost":"6.00",
                 "currency":"USD"}""").send().status()).isEqualTo(200);
    }

    private String guided(String name, String effect) {
        return """
                {"name":"%s","kind":"PROMOTION","priority":100,"conditions":{"skus":["%s"]},"effect":%s}"""
                .formatted(name, sku, effect);
    }

    private String create(String user, String body) {
        Api.Reply reply = api.post("/api/v1/admin/rules").as(user).json(body).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.text("/id");
    }

    private String approvedRule(String body) {
        String id = create("marketer", body);
        assertThat(api.post("/api/v1/admin/rules/" + id + "/submit").as("marketer").send().text("/state"))
                .isEqualTo("PENDING_APPROVAL");
        assertThat(api.post("/api/v1/admin/rules/" + id + "/approve").as("approver").json("{\"comment\":\"ok\"}")
                .send().text("/state")).isEqualTo("APPROVED");
        return id;
    }

    private Api.Reply release(String... ruleIds) {
        StringBuilder ids = new StringBuilder();
        for (String id : ruleIds) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"');
        }
        return api.post("/api/v1/admin/releases").as("approver")
                .json("{\"comment\":\"test\",\"ruleIds\":[" + ids + "]}").send();
    }

    private JsonNode quote(int quantity) {
        Api.Reply reply = api.post("/api/v1/quotes").bearer(KEY)
                .json("{\"channel\":\"web\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}]}")
                .send();
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void anApprovedRuleGoesLiveInANewReleaseAndTheQuoteExplainsIt() {
        String id = approvedRule(guided("Ten off test juice", "{\"type\":\"PERCENT_OFF\",\"percent\":\"10\"}"));

        Api.Reply created = release(id);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long number = created.json().get("release").asLong();
        assertThat(created.json().get("rules").findValuesAsString("ruleId")).containsExactly(id);
        JsonNode q = quote(3);
        assertThat(q.get("release").asLong()).isEqualTo(number);
        assertThat(q.get("total").asString()).isEqualTo("27.00");
        assertThat(q.at("/lines/0/adjustments/0/ruleId").asString()).isEqualTo(id);
        assertThat(q.at("/lines/0/adjustments/0/ruleRevision").asInt()).isEqualTo(1);
        assertThat(q.at("/lines/0/adjustments/0/amount").asString()).isEqualTo("-3.00");
        assertThat(q.at("/lines/0/adjustments/0/desiredAmount").asString()).isEqualTo("-3.00");
        assertThat(q.get("appliedRules").findValuesAsString("ruleId")).containsExactly(id);
        JsonNode stored = api.get("/api/v1/quotes/" + q.get("quoteId").asString()).as("auditor").send().json();
        assertThat(stored.at("/trace/steps/0/ruleId").asString()).isEqualTo(id);
        assertThat(api.get("/api/v1/admin/releases/" + number).as("auditor").send().json().get("active").asBoolean())
                .isTrue();
        JsonNode events = api.get("/api/v1/audit/events?entity=rule:" + id).as("auditor").send().json();
        assertThat(events.get("items").findValuesAsString("action"))
                .contains("rule.create", "rule.submit", "rule.approve");
    }

    @Test
    void nobodyApprovesTheirOwnSubmissionWhateverTheirRoles() {
        String id = create("admin", guided("Admin's own", "{\"type\":\"PERCENT_OFF\",\"percent\":\"5\"}"));
        api.post("/api/v1/admin/rules/" + id + "/submit").as("admin").send();

        Api.Reply self = api.post("/api/v1/admin/rules/" + id + "/approve").as("admin").json("{}").send();
        Api.Reply other = api.post("/api/v1/admin/rules/" + id + "/approve").as("approver").json("{}").send();

        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("type").asString()).endsWith("/four-eyes");
        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void invalidGuidedRulesAre422NamingTheField() {
        Api.Reply unknown = api.post("/api/v1/admin/rules").as("marketer").json("""
                {"name":"x","kind":"PROMOTION","conditions":{"colour":["red"]},
                 "effect":{"type":"PERCENT_OFF","percent":"10"}}""").send();
        Api.Reply range = api.post("/api/v1/admin/rules").as("marketer").json("""
                {"name":"x","kind":"PROMOTION","effect":{"type":"PERCENT_OFF","percent":"150"}}""").send();
        Api.Reply malformed = api.post("/api/v1/admin/rules").as("marketer").json("{\"name\":").send();

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).contains("conditions.colour");
        assertThat(range.status()).isEqualTo(422);
        assertThat(range.json().get("errors").findValuesAsString("field")).contains("effect.percent");
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void aReleaseWithAnUnapprovedRuleIs422AndTheActiveReleaseStays() {
        long before = api.activeRelease();
        String draft = create("marketer", guided("Draft only", "{\"type\":\"PERCENT_OFF\",\"percent\":\"10\"}"));

        Api.Reply reply = release(draft, "R-999999");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").findValuesAsString("message")).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains(draft).contains("not approved"))
                .anySatisfy(m -> assertThat(m).contains("R-999999"));
        assertThat(api.activeRelease()).isEqualTo(before);
    }

    @Test
    void stateChangesOutOfOrderAreConflicts() {
        String id = create("marketer", guided("Order", "{\"type\":\"PERCENT_OFF\",\"percent\":\"10\"}"));

        assertThat(api.post("/api/v1/admin/rules/" + id + "/approve").as("approver").json("{}").send().status())
                .isEqualTo(409);
        api.post("/api/v1/admin/rules/" + id + "/submit").as("marketer").send();
        assertThat(api.post("/api/v1/admin/rules/" + id + "/submit").as("marketer").send().status()).isEqualTo(409);
        assertThat(api.post("/api/v1/admin/rules/" + id + "/reject").as("approver").json("{}").send().status())
                .isEqualTo(422);
        assertThat(api.post("/api/v1/admin/rules/" + id + "/reject").as("approver")
                .json("{\"comment\":\"too generous\"}").send().text("/state")).isEqualTo("REJECTED");
        assertThat(api.post("/api/v1/admin/rules/R-0/submit").as("marketer").send().status()).isEqualTo(404);
    }

    @Test
    void revisionsKeepTheHistoryWithDiffs() {
        String id = create("marketer", guided("Revised", "{\"type\":\"PERCENT_OFF\",\"percent\":\"10\"}"));
        Api.Reply revised = api.put("/api/v1/admin/rules/" + id).as("marketer")
                .json(guided("Revised", "{\"type\":\"PERCENT_OFF\",\"percent\":\"15\"}")).send();

        JsonNode revisions = api.get("/api/v1/admin/rules/" + id + "/revisions").as("auditor").send().json();

        assertThat(revised.json().get("revision").asInt()).isEqualTo(2);
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(1).get("author").asString()).isEqualTo("marketer");
        assertThat(revisions.get(1).get("diff").findValuesAsString("field")).containsExactly("effect.percent");
        assertThat(revisions.get(1).at("/diff/0/before").asString()).isEqualTo("10");
        assertThat(revisions.get(1).at("/diff/0/after").asString()).isEqualTo("15");
    }

    @Test
    void rollbackPricesWithThePreviousReleaseAndDiffShowsTheChange() {
        String ten = approvedRule(guided("Ten", "{\"type\":\"PERCENT_OFF\",\"percent\":\"10\"}"));
        long first = release(ten).json().get("release").asLong();
        String twenty = approvedRule(guided("Twenty", "{\"type\":\"AMOUNT_OFF_UNIT\",\"amount\":\"2.00\"}"));
        long second = release(ten, twenty).json().get("release").asLong();
        assertThat(quote(1).get("total").asString()).isEqualTo("7.00");

        Api.Reply rollback = api.post("/api/v1/admin/releases/" + first + "/activate").as("approver").send();
        JsonNode diff = api.get("/api/v1/admin/releases/" + first + "/diff/" + second).as("auditor").send().json();

        assertThat(rollback.status()).isEqualTo(200);
        JsonNode q = quote(1);
        assertThat(q.get("release").asLong()).isEqualTo(first);
        assertThat(q.get("total").asString()).isEqualTo("9.00");
        assertThat(diff.get("added").findValuesAsString("ruleId")).containsExactly(twenty);
        assertThat(diff.get("removed")).isEmpty();
    }

    @Test
    void rawDrlIsForAdminsOnlyAndHostileDrlIsRefusedWithItsPosition() {
        String drl = """
                package io.promoplatform.rules.custom;
                import io.promoplatform.rules.facts.LineFact;
                rule "exit"
                when
                    $l : LineFact()
                then
                    System.exit(0);
                end
                """;
        String body = "{\"name\":\"hostile\",\"kind\":\"PROMOTION\",\"priority\":100,\"drl\":"
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(drl) + "}";

        Api.Reply marketer = api.post("/api/v1/admin/rules").as("marketer").json(body).send();
        Api.Reply admin = api.post("/api/v1/admin/rules").as("admin").json(body).send();

        assertThat(marketer.status()).isEqualTo(403);
        assertThat(admin.status()).isEqualTo(422);
        assertThat(admin.json().at("/errors/0/field").asString()).isEqualTo("drl");
        assertThat(admin.json().at("/errors/0/message").asString()).contains("line 7").contains("System");
    }

    @Test
    void rawDrlThatCouldLoopOrExplodeIsRefusedBeforeItCanGoLive() {
        String loops = """
                package io.promoplatform.rules.custom;
                import io.promoplatform.rules.facts.LineFact;
                rule "loops"
                when
                    $l : LineFact()
                then
                    update($l);
                end
                """;
        String explodes = """
                package io.promoplatform.rules.custom;
                import io.promoplatform.rules.facts.LineFact;
                rule "cartesian"
                when
                    LineFact() LineFact()
                    $l : LineFact()
                then
                    $l.percentOff(drools, new java.math.BigDecimal("1"));
                end
                """;

        Api.Reply loop = api.post("/api/v1/admin/rules").as("admin").json(drlBody("loops", loops)).send();
        Api.Reply cartesian = api.post("/api/v1/admin/rules").as("admin").json(drlBody("explodes", explodes)).send();

        assertThat(loop.status()).isEqualTo(422);
        assertThat(loop.json().at("/errors/0/message").asString()).contains("line 7");
        assertThat(cartesian.status()).isEqualTo(422);
    }

    @Test
    void aValidRawDrlRuleGoesLiveAndIsAttributedToItsRule() {
        String drl = """
                package io.promoplatform.rules.custom;
                import io.promoplatform.rules.facts.LineFact;
                import java.math.BigDecimal;
                rule "two off from three"
                when
                    $l : LineFact(sku == "%s", quantity >= 3)
                then
                    $l.amountOffUnit(drools, new BigDecimal("2.00"));
                end
                """.formatted(sku);
        Api.Reply created = api.post("/api/v1/admin/rules").as("admin").json(drlBody("drl two off", drl)).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("/id");
        api.post("/api/v1/admin/rules/" + id + "/submit").as("admin").send();
        api.post("/api/v1/admin/rules/" + id + "/approve").as("approver").json("{}").send();

        Api.Reply released = release(id);

        assertThat(released.status()).as(released.body()).isEqualTo(201);
        JsonNode q = quote(3);
        assertThat(q.get("total").asString()).isEqualTo("24.00");
        assertThat(q.at("/lines/0/adjustments/0/ruleId").asString()).isEqualTo(id);
    }

    @Test
    void simulatingADraftPricesWithItWithoutActivatingOrAuditingAnything() {
        long before = api.activeRelease();
        String draft = create("marketer", guided("Draft ten", "{\"type\":\"PERCENT_OFF\",\"percent\":\"10\"}"));
        long events = api.get("/api/v1/audit/events?size=1").as("auditor").send().json().get("total").asLong();

        Api.Reply reply = api.post("/api/v1/admin/simulate").as("marketer").json("""
                {"draftRuleIds":["%s"],"quotes":[{"channel":"web","lines":[{"sku":"%s","quantity":2}]}]}"""
                .formatted(draft, sku)).send();

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("release").asLong()).isEqualTo(-1);
        assertThat(reply.json().at("/quotes/0/total").asString()).isEqualTo("18.00");
        assertThat(reply.json().at("/quotes/0/lines/0/adjustments/0/ruleId").asString()).isEqualTo(draft);
        assertThat(api.activeRelease()).isEqualTo(before);
        assertThat(quote(2).get("total").asString()).isEqualTo("20.00");
        assertThat(api.get("/api/v1/audit/events?size=1").as("auditor").send().json().get("total").asLong())
                .isEqualTo(events);
    }

    @Test
    void replayRepricesStoredQuotesFromTheirTracesAndSumsTheChange() {
        String quoteId = quote(1).get("quoteId").asString();
        String rule = approvedRule(guided("Replay ten", "{\"type\":\"PERCENT_OFF\",\"percent\":\"10\"}"));
        java.time.Instant now = java.time.Instant.now();

        Api.Reply reply = api.post("/api/v1/admin/simulate").as("approver").json("""
                {"ruleIds":["%s"],"replay":{"from":"%s","to":"%s","limit":5000}}"""
                .formatted(rule, now.minusSeconds(3600), now.plusSeconds(3600))).send();

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode replayed = null;
        for (JsonNode q : reply.json().at("/replay/all")) {
            if (q.get("quoteId").asString().equals(quoteId)) {
                replayed = q;
            }
        }
        assertThat(replayed).isNotNull();
        assertThat(replayed.get("totalBefore").asString()).isEqualTo("10.00");
        assertThat(replayed.get("totalAfter").asString()).isEqualTo("9.00");
        assertThat(reply.json().at("/replay/quotes").asInt()).isPositive();
        JsonNode summary = reply.json().get("replay");
        assertThat(new java.math.BigDecimal(summary.get("discountChange").asString())).isEqualByComparingTo(
                new java.math.BigDecimal(summary.get("discountAfter").asString())
                        .subtract(new java.math.BigDecimal(summary.get("discountBefore").asString())));
        assertThat(summary.get("changed").findValuesAsString("quoteId")).isNotEmpty();
    }

    @Test
    void simulationRefusesAmbiguousOrEmptyRequests() {
        assertThat(api.post("/api/v1/admin/simulate").as("marketer").json("{}").send().status()).isEqualTo(400);
        assertThat(api.post("/api/v1/admin/simulate").as("marketer").json("""
                {"release":0,"ruleIds":[],"quotes":[]}""").send().status()).isEqualTo(422);
        assertThat(api.post("/api/v1/admin/simulate").as("marketer").json("""
                {"release":987654,"quotes":[]}""").send().status()).isEqualTo(404);
    }

    private static String drlBody(String name, String drl) {
        return "{\"name\":\"" + name + "\",\"kind\":\"PROMOTION\",\"priority\":100,\"drl\":"
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(drl) + "}";
    }
}
