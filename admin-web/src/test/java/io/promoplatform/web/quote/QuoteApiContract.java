package io.promoplatform.web.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The quote endpoint end to end over HTTP, run once per database. */
abstract class QuoteApiContract {

    static final String KEY = "demo-storefront-key";

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    /** Other test classes share this server and may have activated releases (for their own SKUs only). */

    private Api.Reply quote(String body) {
        return api.post("/api/v1/quotes").bearer(KEY).json(body).send();
    }

    @Test
    void pricesSampleProductsAtListWithConsistentTotals() {
        Api.Reply reply = quote("""
                {"channel":"web","currency":"USD","lines":[{"sku":"OJ-TROP-64","quantity":2},
                 {"sku":"OJ-DOM-128","quantity":3}]}""");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode q = reply.json();
        assertThat(q.get("quoteId").asString()).startsWith("Q-");
        assertThat(q.get("release").asLong()).isEqualTo(api.activeRelease());
        assertThat(q.get("segment").asString()).isEqualTo("default");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : q.get("lines")) {
            BigDecimal unit = new BigDecimal(line.get("listUnitPrice").asString());
            BigDecimal listTotal = new BigDecimal(line.get("listTotal").asString());
            assertThat(listTotal).isEqualByComparingTo(unit.multiply(BigDecimal.valueOf(line.get("quantity").asInt())));
            assertThat(line.get("lineTotal").asString()).isEqualTo(line.get("listTotal").asString());
            assertThat(line.get("lineDiscount").asString()).isEqualTo("0.00");
            assertThat(line.get("adjustments")).isEmpty();
            sum = sum.add(new BigDecimal(line.get("lineTotal").asString()));
        }
        assertThat(q.get("total").asString()).isEqualTo(sum.toPlainString());
        assertThat(q.get("listTotal").asString()).isEqualTo(q.get("total").asString());
        assertThat(q.get("discountTotal").asString()).isEqualTo("0.00");
        assertThat(q.get("expiresAt").asString()).isGreaterThan(q.get("pricedAt").asString());
    }

    @Test
    void resolvesTheSegmentFromTheCustomerThenTheStore() {
        JsonNode customer = api.get("/api/v1/admin/customers/C-1001").as("marketer").send().json();
        JsonNode store = api.get("/api/v1/admin/stores/S-2").as("marketer").send().json();

        JsonNode byCustomer = quote("""
                {"channel":"web","customerId":"C-1001","storeId":"S-2","lines":[{"sku":"OJ-TROP-64","quantity":1}]}""")
                .json();
        JsonNode byStore = quote("""
                {"channel":"web","storeId":"S-2","lines":[{"sku":"OJ-TROP-64","quantity":1}]}""").json();

        assertThat(byCustomer.get("segment").asString()).isEqualTo(customer.get("segment").asString());
        assertThat(byStore.get("segment").asString()).isEqualTo(store.get("segment").asString());
    }

    @Test
    void unknownCustomerIsPricedInTheDefaultSegmentWithAWarning() {
        JsonNode q = quote("""
                {"channel":"app","customerId":"C-NEW-1","lines":[{"sku":"OJ-TROP-64","quantity":1}]}""").json();

        assertThat(q.get("segment").asString()).isEqualTo("default");
        assertThat(q.get("warnings").get(0).get("code").asString()).isEqualTo("unknown-customer");
    }

    @Test
    void couponsNoRuleUsesAreReportedUnknown() {
        JsonNode q = quote("""
                {"channel":"web","couponCodes":["JUICE10"],"lines":[{"sku":"OJ-TROP-64","quantity":1}]}""").json();

        assertThat(q.get("coupons").get(0).get("code").asString()).isEqualTo("JUICE10");
        assertThat(q.get("coupons").get(0).get("status").asString()).isEqualTo("UNKNOWN");
    }

    @Test
    void storesEveryQuoteWithItsTraceForItsOwnKeyAndAuditors() {
        String id = quote("""
                {"channel":"web","customerId":"C-1002","lines":[{"sku":"OJ-MMAID-64","quantity":4}]}""")
                .text("/quoteId");

        Api.Reply own = api.get("/api/v1/quotes/" + id).bearer(KEY).send();
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("/quoteId")).isEqualTo(id);
        assertThat(own.text("/trace/segment/resolvedFrom")).isEqualTo("customer");
        assertThat(own.json().at("/trace/facts/0/sku").asString()).isEqualTo("OJ-MMAID-64");
        assertThat(own.json().at("/trace/release").asLong()).isEqualTo(own.json().get("release").asLong());

        String otherKey = api.post("/api/v1/admin/api-keys").as("admin").json("{\"name\":\"other shop\"}").send()
                .text("/key");
        assertThat(api.get("/api/v1/quotes/" + id).bearer(otherKey).send().status()).isEqualTo(404);
        assertThat(api.get("/api/v1/quotes/" + id).as("auditor").send().status()).isEqualTo(200);
        assertThat(api.get("/api/v1/quotes/Q-DOESNOTEXIST").as("auditor").send().status()).isEqualTo(404);
    }

    @Test
    void revokedKeysAreRefused() {
        JsonNode created = api.post("/api/v1/admin/api-keys").as("admin").json("{\"name\":\"short-lived\"}").send()
                .json();
        String key = created.get("key").asString();
        assertThat(quote(key, "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}"))
                .isEqualTo(200);

        assertThat(api.call("DELETE", "/api/v1/admin/api-keys/" + created.get("id").asString()).as("admin").send()
                .status()).isEqualTo(200);

        assertThat(quote(key, "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}"))
                .isEqualTo(401);
    }

    private int quote(String key, String body) {
        return api.post("/api/v1/quotes").bearer(key).json(body).send().status();
    }

    static Stream<Arguments> badQuotes() {
        String many = "{\"sku\":\"OJ-TROP-64\",\"quantity\":1},".repeat(501);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"channel\":\"web\",\"lines\":[", 400, "lines"),
                Arguments.of("not JSON at all", "channel=web", 400, "body"),
                Arguments.of("quantity as string", "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":\"2\"}]}", 400, "lines[0].quantity"),
                Arguments.of("quantity as fraction", "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1.5}]}", 400, "lines[0].quantity"),
                Arguments.of("lines as object", "{\"channel\":\"web\",\"lines\":{}}", 400, "lines"),
                Arguments.of("unknown field", "{\"channel\":\"web\",\"qty\":1,\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}", 400, "qty"),
                Arguments.of("missing channel", "{\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}", 400, "channel"),
                Arguments.of("missing lines", "{\"channel\":\"web\"}", 400, "lines"),
                Arguments.of("missing quantity", "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\"}]}", 400, "lines[0].quantity"),
                Arguments.of("bad timestamp", "{\"channel\":\"web\",\"at\":\"yesterday\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}", 400, "at"),
                Arguments.of("unknown SKU", "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1},{\"sku\":\"NOPE\",\"quantity\":1}]}", 422, "lines[1].sku"),
                Arguments.of("unknown currency", "{\"channel\":\"web\",\"currency\":\"XYZ\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}", 422, "currency"),
                Arguments.of("other currency than the catalog", "{\"channel\":\"web\",\"currency\":\"EUR\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}", 422, "lines[0].sku"),
                Arguments.of("quantity zero", "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":0}]}", 422, "lines[0].quantity"),
                Arguments.of("quantity over 9999", "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":10000}]}", 422, "lines[0].quantity"),
                Arguments.of("no lines", "{\"channel\":\"web\",\"lines\":[]}", 422, "lines"),
                Arguments.of("501 lines", "{\"channel\":\"web\",\"lines\":[" + many.substring(0, many.length() - 1) + "]}", 422, "lines"),
                Arguments.of("21 coupons", "{\"channel\":\"web\",\"couponCodes\":[" + "\"C\",".repeat(20) + "\"C\"],\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}", 422, "couponCodes"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("badQuotes")
    void refusesBadInputWithAProblemNamingTheField(String name, String body, int status, String field) {
        Api.Reply reply = quote(body);

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().get("errors").findValuesAsString("field")).contains(field);
        assertThat(reply.body()).doesNotContain("Exception", "java.", "tools.jackson", "at io.");
    }

    @Test
    void refusesBodiesOverTheLimitWith413WhetherDeclaredOrStreamed() {
        byte[] big = ("{\"channel\":\"web\",\"lines\":[{\"sku\":\"" + "X".repeat(300 * 1024) + "\",\"quantity\":1}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Api.Reply declared = api.post("/api/v1/quotes").bearer(KEY).body("application/json", big).send();
        Api.Reply streamed = api.post("/api/v1/quotes").bearer(KEY).chunked(big).send();

        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith("application/problem+json");
        assertThat(streamed.status()).isEqualTo(413);
        assertThat(streamed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesWrongMediaTypeAndMethodWithProblems() {
        Api.Reply xml = api.post("/api/v1/quotes").bearer(KEY).body("application/xml", "<cart/>".getBytes()).send();
        Api.Reply delete = api.call("DELETE", "/api/v1/quotes").bearer(KEY).send();

        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.contentType()).startsWith("application/problem+json");
        assertThat(delete.status()).isIn(403, 405);
    }

    /** A priced quote and a refused one carry the same security headers: both pass the storefront chain. */
    @Test
    void answersQuotesWithTheSecurityHeadersOfTheStorefrontChain() {
        String cart = "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}";
        Api.Reply priced = quote(cart);
        Api.Reply refused = api.post("/api/v1/quotes").bearer("not-a-key").json(cart).send();

        assertThat(priced.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        for (String header : java.util.List.of("Cache-Control", "Pragma", "Expires", "X-Content-Type-Options",
                "X-Frame-Options", "X-XSS-Protection")) {
            assertThat(priced.headers().allValues(header)).as(header).isNotEmpty()
                    .isEqualTo(refused.headers().allValues(header));
        }
        assertThat(priced.headers().firstValue("Content-Length")).hasValue(String.valueOf(
                priced.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }

    @Test
    void refusesMissingWrongAndPersonalCredentialsAndDecodesOtherCharsets() {
        String cart = "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}";

        Api.Reply noKey = api.post("/api/v1/quotes").json(cart).send();
        Api.Reply wrongKey = api.post("/api/v1/quotes").bearer("pk_wrong").json(cart).send();
        Api.Reply person = api.post("/api/v1/quotes").as("marketer").json(cart).send();
        Api.Reply latin1 = api.post("/api/v1/quotes").bearer(KEY)
                .body("application/json;charset=ISO-8859-1", cart.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .send();

        assertThat(noKey.status()).isEqualTo(401);
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"promo-storefront\"");
        assertThat(person.status()).isEqualTo(403);
        // a declared charset other than UTF-8 is decoded, not refused
        assertThat(latin1.status()).isEqualTo(200);
        assertThat(latin1.json().get("quoteId").asString()).startsWith("Q-");
        for (Api.Reply refusal : java.util.List.of(noKey, wrongKey, person)) {
            assertThat(refusal.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void refusesAnEmptyOrNullBodyAsUnreadable() {
        Api.Reply empty = api.post("/api/v1/quotes").bearer(KEY).body("application/json", new byte[0]).send();
        Api.Reply nothing = quote("null");

        // the same refusal for a body in another charset has the same shape
        Api.Reply general = api.post("/api/v1/quotes").bearer(KEY)
                .body("application/json;charset=ISO-8859-1", "null".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .send();

        for (Api.Reply reply : java.util.List.of(empty, nothing, general)) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("errors").findValuesAsString("field")).containsExactly("body");
        }
        assertThat(general.json().get("instance").asString()).isEqualTo("/api/v1/quotes");
        for (String member : java.util.List.of("type", "title", "detail", "instance")) {
            assertThat(nothing.json().get(member)).as(member).isEqualTo(general.json().get(member));
        }
    }

    @Test
    void acceptsJsonWithAnExplicitUtf8Charset() {
        Api.Reply reply = api.post("/api/v1/quotes").bearer(KEY).header("Accept", "text/html;q=0.9, */*;q=0.1")
                .body("application/json; charset=UTF-8",
                        "{\"channel\":\"web\",\"lines\":[{\"sku\":\"OJ-TROP-64\",\"quantity\":1}]}"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json");
    }
}
