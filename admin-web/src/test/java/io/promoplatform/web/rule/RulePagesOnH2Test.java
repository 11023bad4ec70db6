package io.promoplatform.web.rule;

import static io.promoplatform.web.rule.PageSession.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.OnH2;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The rule and approval pages over HTTP with a browser session: forms re-render refusals beside their
 * fields, every POST redirects with a flash message, roles and four-eyes hold.
 */
@OnH2
class RulePagesOnH2Test {

    @LocalServerPort
    int port;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String ruleIdOf(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/rules/R-\\d+$");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The new rule's id, after landing where the browser would (which shows and consumes the flash). */
    private static String created(PageSession session, HttpResponse<String> created) throws Exception {
        String id = ruleIdOf(created);
        assertThat(session.follow(created).body()).contains("id=\"flash-success\"");
        return id;
    }

    private static String percentRule(String name, String percent) {
        return "name=" + enc(name) + "&kind=PROMOTION&priority=100&stacking=STACKABLE&skus=OJ-TROP-64"
                + "&effectType=PERCENT_OFF&percent=" + percent;
    }

    @Test
    void anInvalidPercentComesBackBesideItsFieldWithWhatWasTyped() throws Exception {
        PageSession marketer = PageSession.signIn(port, "marketer");
        String name = unique("Too generous");

        HttpResponse<String> page = marketer.post("/rules/new", percentRule(name, "150") + "&channels=web%2C+app");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-field=\"percent\"").contains("id=\"form-error\"")
                .contains("value=\"" + name + "\"").contains("value=\"web, app\"").contains("value=\"150\"")
                .doesNotContain("Exception");
    }

    @Test
    void aTierProblemIsShownOnTheTierRowItBelongsTo() throws Exception {
        PageSession marketer = PageSession.signIn(port, "marketer");

        HttpResponse<String> page = marketer.post("/rules/new", "name=" + enc(unique("Tiers"))
                + "&kind=PROMOTION&priority=100&stacking=STACKABLE&effectType=ORDER_AMOUNT_OFF"
                + "&tiers[0].minSubtotal=&tiers[0].value=&tiers[1].minSubtotal=50.00&tiers[1].value=lots");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-field=\"tiers[1].value\"").doesNotContain("data-field=\"tiers[0].value\"");
    }

    @Test
    void theBuilderWritesEveryConditionAndTheTiersIntoTheStoredRule() throws Exception {
        PageSession marketer = PageSession.signIn(port, "marketer");
        String name = unique("Basket tiers");

        String id = created(marketer, marketer.post("/rules/new", "name=" + enc(name)
                + "&kind=PROMOTION&priority=300&stacking=EXCLUSIVE&group=basket&campaign=winter-juice"
                + "&validFrom=2026-11-01T00%3A00&validTo=2026-12-31T23%3A59&segments=seniors&segments=value-suburban"
                + "&channels=web&stores=S-2&customerTags=loyalty&couponCode=JUICE10&minCartSubtotal=20.00"
                + "&brands=Tropicana&categories=juice&minLineQuantity=2&elasticityAtMost=-1.5&baselineUnitsAtLeast=3"
                + "&effectType=ORDER_PERCENT_OFF&percent=99&tiers[0].minSubtotal=20.00&tiers[0].value=5"
                + "&tiers[1].minSubtotal=40.00&tiers[1].value=10"));

        JsonNode body = new Api(port).get("/api/v1/admin/rules/" + id).as("auditor").send().json().get("body");
        assertThat(body.get("stacking").asString()).isEqualTo("EXCLUSIVE");
        assertThat(body.get("validFrom").asString()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(body.at("/conditions/segments").toString()).isEqualTo("[\"seniors\",\"value-suburban\"]");
        assertThat(body.at("/conditions/signals/elasticityAtMost").asDouble()).isEqualTo(-1.5);
        assertThat(body.at("/conditions/minLineQuantity").asInt()).isEqualTo(2);
        assertThat(body.at("/effect/tiers/1/percent").asString()).isEqualTo("10");
        assertThat(body.at("/effect/percent").isMissingNode()).as("a leftover field is not sent").isTrue();
    }

    @Test
    void editingShowsTheStoredRuleAndSavesANewRevisionWhoseDiffIsInTheHistory() throws Exception {
        PageSession marketer = PageSession.signIn(port, "marketer");
        String name = unique("Ten then fifteen");
        String id = created(marketer, marketer.post("/rules/new", percentRule(name, "10")));

        String edit = marketer.get("/rules/" + id + "/edit").body();
        HttpResponse<String> revised = marketer.post("/rules/" + id + "/edit", percentRule(name, "15"));
        String landed = marketer.follow(revised).body();
        String history = marketer.get("/rules/" + id + "/revisions?from=1&to=2").body();

        assertThat(edit).contains("value=\"" + name + "\"").contains("value=\"10\"");
        assertThat(landed).contains("id=\"flash-success\"").contains("revision 2");
        assertThat(history).contains("id=\"comparison\"").contains("effect.percent");
        assertThat(history).containsPattern("class=\"before\">10<").containsPattern("class=\"after\">15<");
    }

    @Test
    void thePreviewPricesACartWithTheDraftAndExplainsEachLine() throws Exception {
        PageSession marketer = PageSession.signIn(port, "marketer");
        String id = created(marketer, marketer.post("/rules/new", percentRule(unique("Preview ten"), "10")));

        HttpResponse<String> page = marketer.post("/rules/" + id + "/preview",
                "customerId=&segment=seniors&storeId=&channel=web&couponCode="
                        + "&lines[0].sku=OJ-TROP-64&lines[0].quantity=2&lines[1].sku=&lines[1].quantity=");
        HttpResponse<String> bad = marketer.post("/rules/" + id + "/preview",
                "channel=web&lines[0].sku=OJ-TROP-64&lines[0].quantity=many");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"preview-result\"").contains("this-rule").contains(id + " rev. 1")
                .contains("Segment seniors");
        assertThat(bad.body()).contains("data-field=\"lines[0].quantity\"").doesNotContain("id=\"preview-result\"");
    }

    @Test
    void submitAndRetireRedirectWithAFlashAndAnOutOfOrderStepIsAFlashError() throws Exception {
        PageSession marketer = PageSession.signIn(port, "marketer");
        String id = created(marketer, marketer.post("/rules/new", percentRule(unique("Submit me"), "5")));

        String submitted = marketer.follow(marketer.post("/rules/" + id + "/submit", "")).body();
        String again = marketer.follow(marketer.post("/rules/" + id + "/submit", "")).body();
        String retired = marketer.follow(marketer.post("/rules/" + id + "/retire", "")).body();

        assertThat(submitted).contains("id=\"flash-success\"").contains("PENDING_APPROVAL");
        assertThat(again).contains("id=\"flash-error\"").contains("Only a DRAFT can be submitted");
        assertThat(retired).contains("id=\"flash-success\"").doesNotContain("id=\"retire-rule\"");
    }

    @Test
    void pagesAndActionsFollowTheRoles() throws Exception {
        PageSession auditor = PageSession.signIn(port, "auditor");
        PageSession approver = PageSession.signIn(port, "approver");
        PageSession marketer = PageSession.signIn(port, "marketer");

        assertThat(auditor.get("/rules").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/rules").body()).doesNotContain("id=\"new-rule\"");
        assertThat(auditor.post("/rules/new", percentRule(unique("Auditor"), "5")).statusCode()).isEqualTo(403);
        assertThat(approver.get("/rules/new").statusCode()).isEqualTo(403);
        assertThat(marketer.get("/rules/new-drl").statusCode()).isEqualTo(403);
        assertThat(marketer.get("/rules").body()).contains("id=\"new-rule\"").doesNotContain("id=\"new-drl-rule\"");
        assertThat(marketer.get("/approvals").statusCode()).isEqualTo(403);
    }

    @Test
    void nobodyDecidesOnTheirOwnSubmissionAndThePageSaysWhy() throws Exception {
        PageSession admin = PageSession.signIn(port, "admin");
        String id = created(admin, admin.post("/rules/new", percentRule(unique("Admin own"), "5")));
        admin.post("/rules/" + id + "/submit", "");

        String detail = admin.get("/approvals/" + id).body();
        String refused = admin.follow(admin.post("/approvals/" + id + "/approve", "comment=mine")).body();
        String inbox = admin.get("/approvals").body();

        assertThat(detail).contains("id=\"self-approval\"").doesNotContain("id=\"approve\"");
        assertThat(refused).contains("id=\"flash-error\"").contains("Nobody approves or rejects their own submission");
        assertThat(inbox).contains("data-rule=\"" + id + "\"");
        assertThat(new Api(port).get("/api/v1/admin/rules/" + id).as("auditor").send().json().get("state").asString())
                .isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void aRejectionWithoutACommentIsRefusedBesideTheCommentAndWithOneIsFlashed() throws Exception {
        PageSession marketer = PageSession.signIn(port, "marketer");
        PageSession approver = PageSession.signIn(port, "approver");
        String id = created(marketer, marketer.post("/rules/new", percentRule(unique("Reject me"), "5")));
        marketer.post("/rules/" + id + "/submit", "");

        HttpResponse<String> blank = approver.post("/approvals/" + id + "/reject", "comment=+");
        String rejected = approver.follow(approver.post("/approvals/" + id + "/reject", "comment=too+deep")).body();
        String seenByAuthor = marketer.get("/rules/" + id).body();

        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("data-field=\"comment\"");
        assertThat(rejected).contains("id=\"flash-success\"").contains(id);
        assertThat(seenByAuthor).contains("id=\"decision-comment\"").contains("too deep");
    }

    @Test
    void rawDrlThatBreaksTheSandboxNamesAndHighlightsItsLine() throws Exception {
        PageSession admin = PageSession.signIn(port, "admin");
        String drl = "package io.promoplatform.rules.custom;\nimport io.promoplatform.rules.facts.LineFact;\n"
                + "rule \"exit\"\nwhen\n    $l : LineFact()\nthen\n    System.exit(0);\nend\n";

        HttpResponse<String> page = admin.post("/rules/new-drl", "name=" + enc(unique("Hostile"))
                + "&kind=PROMOTION&priority=100&drl=" + enc(drl));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-field=\"drl\"").containsPattern("line 7, column \\d+")
                .containsPattern("<li (class=\"bad-line\" data-line=\"7\"|data-line=\"7\" class=\"bad-line\")>");
    }
}
