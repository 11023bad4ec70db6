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
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotes", description = "Storefront pricing (Authorization: Bearer <api-key>)")
class QuoteController {

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
    ResponseEntity<byte[]> quote(@RequestBody QuoteRequest request, Authentication auth) {
        // the bytes the quote is stored with: serialised once for the answer and the store
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(quotes.quote(request, (ApiKeyPrincipal) auth.getPrincipal()).json());
    }

    @Operation(summary = "The order was placed: commit the quote's campaign spend once (Idempotency-Key required); "
            + "409 quote-expired or budget-exhausted")
    @PostMapping("/{quoteId}/accept")
    QuoteAcceptance.Accepted accept(@PathVariable String quoteId,
            @org.springframework.web.bind.annotation.RequestHeader("Idempotency-Key") String idempotencyKey,
            Authentication auth) {
        return acceptance.accept(quoteId, idempotencyKey, (ApiKeyPrincipal) auth.getPrincipal());
    }

    @Operation(summary = "A stored quote with its decision trace; a storefront key sees only its own quotes")
    @GetMapping("/{quoteId}")
    JsonNode stored(@PathVariable String quoteId, Authentication auth) {
        QuoteStore.StoredDocument doc = store.find(quoteId)
                .orElseThrow(() -> ProblemException.notFound("Quote " + quoteId));
        if (auth.getPrincipal() instanceof ApiKeyPrincipal key && !key.id().equals(doc.apiKeyId())) {
            // Another storefront's quote is reported exactly like a missing one: ids reveal nothing.
            throw ProblemException.notFound("Quote " + quoteId);
        }
        ObjectNode body = (ObjectNode) json.readTree(doc.responseJson());
        body.set("trace", json.readTree(doc.traceJson()));
        return body;
    }
}
