package io.promoplatform.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.audit.PageSession;
import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.OnH2;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Catalog pages over HTTP: marketers edit with field-level messages, everyone else only reads. */
@OnH2
class CatalogPageOnH2Test {

    @LocalServerPort
    int port;

    private static String sku() {
        return "CPG-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String form(String sku, String name, String listPrice) {
        return "sku=" + sku + "&name=" + PageSession.enc(name) + "&brand=Acme&category=juice&listPrice=" + listPrice
                + "&cost=1.00&currency=USD";
    }

    @Test
    void anAuditorCanReadEveryListButCannotPostAProduct() {
        PageSession auditor = PageSession.signIn(port, "auditor");
        for (String list : new String[] {"products", "segments", "stores", "customers"}) {
            assertThat(auditor.get("/catalog/" + list).statusCode()).as(list).isEqualTo(200);
        }
        String sku = sku();

        HttpResponse<String> post = auditor.postWithToken("/catalog/products", "/catalog/products",
                form(sku, "Forbidden", "2.00"));

        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(auditor.get("/catalog/products/new").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/catalog/products").body()).doesNotContain("id=\"product-new\"");
        assertThat(new Api(port).get("/api/v1/admin/products/" + sku).as("auditor").send().status()).isEqualTo(404);
    }

    @Test
    void aBadProductFormComesBackWithMessagesBesideTheFields() {
        PageSession marketer = PageSession.signIn(port, "marketer");
        String sku = sku();

        HttpResponse<String> reply = marketer.postWithToken("/catalog/products/new", "/catalog/products",
                form(sku, "", "2.5x"));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("data-field=\"name\"").contains("id=\"form-error\"")
                .contains("value=\"2.5x\"");
        assertThat(new Api(port).get("/api/v1/admin/products/" + sku).as("marketer").send().status()).isEqualTo(404);
    }

    @Test
    void aValidProductIsSavedAndTheListSaysSo() {
        PageSession marketer = PageSession.signIn(port, "marketer");
        String sku = sku();

        HttpResponse<String> reply = marketer.postWithToken("/catalog/products/new", "/catalog/products",
                form(sku, "Page juice", "2.49"));

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElseThrow()).endsWith("/catalog/products");
        assertThat(new Api(port).get("/api/v1/admin/products/" + sku).as("marketer").send().text("/listPrice"))
                .isEqualTo("2.49");

        HttpResponse<String> again = marketer.postWithToken("/catalog/products/new", "/catalog/products",
                form(sku, "Duplicate", "1.00"));
        assertThat(again.body()).contains("data-field=\"sku\"").contains("already a product");

        HttpResponse<String> edit = marketer.postWithToken("/catalog/products/" + sku + "/edit",
                "/catalog/products/" + sku, form(sku, "Page juice renamed", "2.59"));
        assertThat(edit.statusCode()).isEqualTo(302);
        assertThat(new Api(port).get("/api/v1/admin/products/" + sku).as("marketer").send().text("/name"))
                .isEqualTo("Page juice renamed");
    }
}
