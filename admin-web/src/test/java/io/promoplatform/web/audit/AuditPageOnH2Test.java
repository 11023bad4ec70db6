package io.promoplatform.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.OnH2;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit page over HTTP: who may open it, what the filters select, how bad filters are answered. */
@OnH2
class AuditPageOnH2Test {

    @LocalServerPort
    int port;

    private String newProduct() {
        String sku = "AUD-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = new Api(port).put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Audit page juice","brand":"Acme","category":"juice","listPrice":"2.50","cost":"1.00",
                 "currency":"USD"}""").send();
        assertThat(reply.status()).isEqualTo(200);
        return sku;
    }

    @Test
    void aMarketerCannotOpenTheAuditTrailNorItsExport() {
        PageSession marketer = PageSession.signIn(port, "marketer");

        assertThat(marketer.get("/audit").statusCode()).isEqualTo(403);
        assertThat(marketer.get("/audit/events.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void filtersByEntityActorAndActionSelectOnlyThatEntitysEvents() {
        String sku = newProduct();
        PageSession auditor = PageSession.signIn(port, "auditor");

        HttpResponse<String> page = auditor.get("/audit?entityType=product&entityId=" + sku
                + "&actor=marketer&action=product.create");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 event matches").contains(sku).contains("Audit page juice");
        assertThat(auditor.get("/audit?entityType=product&entityId=" + sku + "&action=product.update").body())
                .contains("0 events match");
        assertThat(auditor.get("/audit?entityType=product&entityId=" + sku + "&actor=auditor").body())
                .contains("0 events match");
    }

    @Test
    void theCsvLinkExportsExactlyTheFilteredEvents() {
        String sku = newProduct();
        PageSession auditor = PageSession.signIn(port, "auditor");

        HttpResponse<String> csv = auditor.get("/audit/events.csv?entityType=product&entityId=" + sku);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(2);
        assertThat(csv.body()).contains("product.create").contains(sku);
        assertThat(auditor.get("/audit").body()).contains("href=\"/audit/events.csv\"");
    }

    @Test
    void anUnreadableTimeIsAFieldMessageNotAFailure() {
        PageSession auditor = PageSession.signIn(port, "auditor");

        HttpResponse<String> page = auditor.get("/audit?from=yesterday&to=2020-01-01T00:00");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-field=\"from\"").contains("must be a date and time")
                .doesNotContain("Exception");
    }

    @Test
    void theVerdictOnTopSaysTheChainHolds() {
        PageSession auditor = PageSession.signIn(port, "auditor");

        assertThat(auditor.get("/audit").body()).contains("id=\"verdict-status\"").contains("The hash chain holds");
    }
}
