package io.promoplatform.web.quote;

import io.promoplatform.web.security.ApiKeyPrincipal;
import io.promoplatform.web.system.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The storefront API. Every request reaches it through the storefront's security chain
 * ({@code SecurityConfig#storefrontApi}: a bearer API key, stateless), which is configured lean
 * because quoting is the platform's hottest request; the quote itself is serialised once, and the
 * same bytes are answered and stored.
 */
@RestController
@RequestMapping(QuoteController.PATH)
@Tag(name = "Quotes", description = "Storefront pricing (Authorization: Bearer <api-key>)")
class QuoteController {

    /** Where storefronts price carts; the quote's own resources live below it. */
    static final String PATH = "/api/v1/quotes";

    private final QuoteService quotes;
    private final QuoteStore store;
    private final JsonMapper json;
    private final QuoteAcceptance acceptance;

    QuoteController(QuoteService quotes, QuoteStore store, JsonMapper json, QuoteAcceptance acceptance) {
        this.acceptance = acceptance;
        this.quotes = quotes;
        this.store = store;
        this.json = json;
    }

    @Operation(summary = "Price a cart with the active release; the quote is stored with its trace")
    @PostMapping
    @ApiResponse(responseCode = "200", description = "The priced cart",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuoteResponse.class)))
    ResponseEntity<byte[]> quote(@RequestBody QuoteRequest request, @AuthenticationPrincipal ApiKeyPrincipal key) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(quotes.quote(request, key).json());
    }

    @Operation(summary = "The order was placed: commit the quote's campaign spend once (Idempotency-Key required); "
            + "409 quote-expired or budget-exhausted")
    @PostMapping("/{quoteId}/accept")
    QuoteAcceptance.Accepted accept(@PathVariable String quoteId,
            @org.springframework.web.bind.annotation.RequestHeader("Idempotency-Key") String idempotencyKey,
            @AuthenticationPrincipal ApiKeyPrincipal key) {
        return acceptance.accept(quoteId, idempotencyKey, key);
    }

    @Operation(summary = "A stored quote with its decision trace; a storefront key sees only its own quotes")
    @GetMapping("/{quoteId}")
    JsonNode stored(@PathVariable String quoteId, @AuthenticationPrincipal Object reader) {
        QuoteStore.StoredDocument doc = store.find(quoteId)
                .orElseThrow(() -> ProblemException.notFound("Quote " + quoteId));
        if (reader instanceof ApiKeyPrincipal key && !key.id().equals(doc.apiKeyId())) {
            // Another storefront's quote is reported exactly like a missing one: ids reveal nothing.
            throw ProblemException.notFound("Quote " + quoteId);
        }
        ObjectNode body = (ObjectNode) json.readTree(doc.responseJson());
        body.set("trace", json.readTree(doc.traceJson()));
        return body;
    }
}
