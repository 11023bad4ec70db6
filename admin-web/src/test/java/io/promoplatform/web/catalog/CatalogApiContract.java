package io.promoplatform.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The catalog admin API over HTTP, run once per database. */
abstract class CatalogApiContract {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theSampleCatalogIsLoadedInTheDemo() {
        JsonNode products = api.get("/api/v1/admin/products?size=100").as("auditor").send().json();
        JsonNode segments = api.get("/api/v1/admin/segments").as("auditor").send().json();

        assertThat(products.findValuesAsString("sku")).contains("OJ-TROP-64", "OJ-DOM-128", "OJ-FLNAT-64");
        assertThat(products.get("total").asLong()).isGreaterThanOrEqualTo(11);
        assertThat(segments.findValuesAsString("id")).contains("default", "value-suburban");
    }

    @Test
    void putThenGetRoundTripsAProductWithMoneyAsStringsAndAuditsIt() {
        String sku = unique("SKU");

        api.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Test juice","brand":"Test","category":"juice","listPrice":"4.5","cost":"2.25","currency":"USD"}""")
                .send();
        Api.Reply update = api.put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Test juice","brand":"Test","category":"juice","listPrice":"4.99","cost":"2.25","currency":"USD"}""")
                .send();
        JsonNode stored = api.get("/api/v1/admin/products/" + sku).as("auditor").send().json();
        JsonNode events = api.get("/api/v1/audit/events?entity=product:" + sku).as("auditor").send().json();

        assertThat(update.status()).isEqualTo(200);
        assertThat(stored.get("listPrice").asString()).isEqualTo("4.99");
        assertThat(stored.get("cost").asString()).isEqualTo("2.25");
        assertThat(events.get("total").asLong()).isEqualTo(2);
        JsonNode latest = events.get("items").get(0);
        assertThat(latest.get("action").asString()).isEqualTo("product.update");
        assertThat(latest.get("actor").asString()).isEqualTo("marketer");
        assertThat(latest.at("/before/listPrice").asString()).isEqualTo("4.50");
        assertThat(latest.at("/after/listPrice").asString()).isEqualTo("4.99");
    }

    @Test
    void refusesMoneyAsANumberAndMissingFieldsAs400() {
        Api.Reply number = api.put("/api/v1/admin/products/" + unique("SKU")).as("marketer").json("""
                {"name":"n","brand":"b","category":"c","listPrice":4.99,"cost":"1.00","currency":"USD"}""").send();
        Api.Reply missing = api.put("/api/v1/admin/products/" + unique("SKU")).as("marketer").json("""
                {"name":"n","brand":"b","category":"c","cost":"1.00","currency":"USD"}""").send();

        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json().get("errors").findValuesAsString("field")).containsExactly("listPrice");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("listPrice");
    }

    @Test
    void refusesUnknownCurrencyExtraPrecisionAndUnknownReferencesAs422() {
        Api.Reply currency = api.put("/api/v1/admin/products/" + unique("SKU")).as("marketer").json("""
                {"name":"n","brand":"b","category":"c","listPrice":"1.00","cost":"1.00","currency":"XYZ"}""").send();
        Api.Reply precision = api.put("/api/v1/admin/products/" + unique("SKU")).as("marketer").json("""
                {"name":"n","brand":"b","category":"c","listPrice":"1.001","cost":"-1.00","currency":"USD"}""").send();
        Api.Reply store = api.put("/api/v1/admin/stores/" + unique("S")).as("marketer").json("""
                {"name":"Nowhere","segment":"no-such-segment"}""").send();
        Api.Reply customer = api.put("/api/v1/admin/customers/" + unique("C")).as("marketer").json("""
                {"segment":"default","homeStore":"S-NOPE","tags":["Bad Tag"]}""").send();

        assertThat(currency.status()).isEqualTo(422);
        assertThat(currency.json().get("errors").findValuesAsString("field")).containsExactly("currency");
        assertThat(precision.status()).isEqualTo(422);
        assertThat(precision.json().get("errors").findValuesAsString("field")).containsExactly("listPrice", "cost");
        assertThat(store.status()).isEqualTo(422);
        assertThat(customer.status()).isEqualTo(422);
        assertThat(customer.json().get("errors").findValuesAsString("field")).containsExactly("homeStore", "tags[0]");
    }

    @Test
    void customerTagsAndReferencesRoundTrip() {
        String id = unique("C");

        Api.Reply put = api.put("/api/v1/admin/customers/" + id).as("marketer").json("""
                {"segment":"seniors","homeStore":"S-2","tags":["loyalty","senior"]}""").send();
        JsonNode stored = api.get("/api/v1/admin/customers/" + id).as("approver").send().json();

        assertThat(put.status()).isEqualTo(200);
        assertThat(stored.get("segment").asString()).isEqualTo("seniors");
        assertThat(stored.get("homeStore").asString()).isEqualTo("S-2");
        assertThat(stored.get("tags").valueStream().map(JsonNode::asString)).containsExactly("loyalty", "senior");
    }

    @Test
    void csvImportWithOneBadRowImportsNothingAndNamesTheRow() {
        String good = unique("IMP");
        String csv = """
                sku,name,brand,category,listPrice,cost,currency
                %s,Good juice,Brand,juice,2.99,1.50,USD
                %s,Bad juice,Brand,juice,two dollars,1.50,USD
                """.formatted(good, unique("IMP"));

        Api.Reply reply = api.post("/api/v1/admin/catalog/import").as("marketer")
                .body("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").findValuesAsString("field")).containsExactly("rows[1].listPrice");
        assertThat(reply.json().at("/errors/0/message").asString()).contains("line 3");
        assertThat(api.get("/api/v1/admin/products/" + good).as("marketer").send().status()).isEqualTo(404);
    }

    @Test
    void csvImportCreatesAndUpdatesAllRowsTogether() {
        String a = unique("IMP");
        String csv = """
                sku,name,brand,category,listPrice,cost,currency
                %s,"Juice, with comma",Brand,juice,2.99,1.50,USD
                OJ-DOM-64,Dominick's Orange Juice 64 oz,Dominick's,juice,1.85,1.14,USD
                """.formatted(a);

        Api.Reply reply = api.post("/api/v1/admin/catalog/import").as("marketer")
                .body("text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("imported").asInt()).isEqualTo(2);
        assertThat(reply.json().get("created").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/admin/products/" + a).as("marketer").send().text("/name"))
                .isEqualTo("Juice, with comma");
    }

    @Test
    void csvImportRefusesAFileWithoutTheHeader() {
        Api.Reply reply = api.post("/api/v1/admin/catalog/import").as("marketer")
                .body("text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)).send();

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").findValuesAsString("field")).containsExactly("file");
    }

    @Test
    void pagesAreBoundedAndUnknownIdsAre404() {
        assertThat(api.get("/api/v1/admin/products?size=1000").as("marketer").send().status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/products?page=abc").as("marketer").send().status()).isEqualTo(400);
        Api.Reply missing = api.get("/api/v1/admin/products/NOPE-404").as("marketer").send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        JsonNode page = api.get("/api/v1/admin/stores?page=1&size=10").as("marketer").send().json();
        assertThat(page.get("items")).hasSize(10);
        assertThat(page.get("page").asInt()).isEqualTo(1);
    }
}
