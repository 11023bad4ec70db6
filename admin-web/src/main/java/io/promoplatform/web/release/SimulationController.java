package io.promoplatform.web.release;

import io.promoplatform.engine.release.Release;
import io.promoplatform.engine.release.ReleasedRule;
import io.promoplatform.web.quote.QuoteReplay;
import io.promoplatform.web.quote.QuoteRequest;
import io.promoplatform.web.quote.QuoteResponse;
import io.promoplatform.web.quote.QuoteService;
import io.promoplatform.web.system.PromoProperties;
import io.promoplatform.web.system.ValidationProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Simulation", description = "Price carts or replay stored quotes with other rules; nothing is activated")
class SimulationController {

    static final int MAX_QUOTES = 100;

    private final ReleaseService releases;
    private final QuoteService quotes;
    private final QuoteReplay replay;
    private final Currency currency;

    SimulationController(ReleaseService releases, QuoteService quotes, QuoteReplay replay,
            PromoProperties properties) {
        this.releases = releases;
        this.quotes = quotes;
        this.replay = replay;
        this.currency = Currency.getInstance(properties.currency());
    }

    record Replay(Instant from, Instant to, Integer limit) {
    }

    record SimulateRequest(Long release, List<String> ruleIds, List<String> draftRuleIds, List<QuoteRequest> quotes,
            Replay replay) {
    }

    record SimulateResponse(long release, List<ReleasedRule> rules, List<QuoteResponse> quotes,
            QuoteReplay.Summary replay) {
    }

    @Operation(summary = "Price quotes and/or replay stored quotes with a release, approved rules, or the active "
            + "release plus drafts; release -1 in the answer means an unreleased candidate")
    @PostMapping("/api/v1/admin/simulate")
    SimulateResponse simulate(@RequestBody SimulateRequest request) {
        if (request.quotes() == null && request.replay() == null) {
            throw ValidationProblem.badRequest("quotes", "give quotes to price, a replay window, or both");
        }
        if (request.quotes() != null && request.quotes().size() > MAX_QUOTES) {
            throw ValidationProblem.unprocessable("quotes", "at most " + MAX_QUOTES + " quotes per simulation");
        }
        Replay window = request.replay();
        if (window != null && (window.from() == null || window.to() == null || !window.from().isBefore(window.to()))) {
            throw ValidationProblem.unprocessable("replay", "needs from before to");
        }
        int limit = window == null || window.limit() == null ? 1000 : window.limit();
        if (limit < 1 || limit > QuoteReplay.MAX_QUOTES) {
            throw ValidationProblem.unprocessable("replay.limit", "must be between 1 and " + QuoteReplay.MAX_QUOTES);
        }
        Release release = releases.candidate(request.release(), request.ruleIds(), request.draftRuleIds());
        List<QuoteResponse> priced = new ArrayList<>();
        if (request.quotes() != null) {
            for (int i = 0; i < request.quotes().size(); i++) {
                String prefix = "quotes[" + i + "].";
                try {
                    priced.add(quotes.simulate(request.quotes().get(i), release));
                } catch (ValidationProblem e) {
                    throw new ValidationProblem(e.status(), e.getMessage(), e.errors().stream()
                            .map(p -> new ValidationProblem.FieldProblem(prefix + p.field(), p.message())).toList());
                }
            }
        }
        QuoteReplay.Summary summary = window == null ? null
                : replay.replay(release, window.from(), window.to(), limit, currency);
        return new SimulateResponse(release.number(), release.rules(), priced, summary);
    }
}
