package io.promoplatform.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@OnH2
class OpenApiOnH2Test {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentListsTheQuoteAndCatalogEndpoints() {
        Api.Reply docs = new Api(port).get("/v3/api-docs").send();

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/quotes")).isTrue();
        assertThat(paths.get("/api/v1/quotes").has("post")).isTrue();
        assertThat(paths.has("/api/v1/quotes/{quoteId}")).isTrue();
        assertThat(paths.has("/api/v1/admin/products/{sku}")).isTrue();
        assertThat(paths.has("/api/v1/audit/verify")).isTrue();
        assertThat(docs.json().at("/info/title").asString()).isEqualTo("Promo platform API");
    }

    @Test
    void theSwaggerUiAndHealthAreServed() {
        Api api = new Api(port);

        assertThat(api.get("/swagger-ui/index.html").send().status()).isEqualTo(200);
        assertThat(api.get("/actuator/health").send().body()).contains("\"UP\"");
    }

    @Test
    void unknownApiPathsAnswerProblemJson() {
        Api.Reply reply = new Api(port).get("/api/v1/admin/nothing-here").as("admin").send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception");
    }
}
