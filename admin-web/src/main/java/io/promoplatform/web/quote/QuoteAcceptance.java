package io.promoplatform.web.quote;

import io.promoplatform.rules.Money;
import io.promoplatform.web.campaign.BudgetLedger;
import io.promoplatform.web.security.ApiKeyPrincipal;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepting a quote commits its campaign spend, once. The same Idempotency-Key repeats the first
 * answer; another key for an accepted quote is a conflict. Spend, the acceptance record and its answer
 * commit in one transaction, so a retry after any failure is safe.
 */
@Service
public class QuoteAcceptance {

    private final QuoteStore store;
    private final BudgetLedger ledger;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;
    private final QuoteWriter writer;

    QuoteAcceptance(QuoteStore store, BudgetLedger ledger, TransactionTemplate tx, JsonMapper json, Clock clock,
            QuoteWriter writer) {
        this.writer = writer;
        this.store = store;
        this.ledger = ledger;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    public record SpentView(String campaign, String segment, String amount) {
    }

    public record Accepted(String quoteId, String status, List<SpentView> spent) {
    }

    public Accepted accept(String quoteId, String idempotencyKey, ApiKeyPrincipal key) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw ValidationProblem.badRequest("Idempotency-Key", "must have 1 to 200 characters");
        }
        if (!writer.databaseReachable()) {
            // fail fast while the writer knows the database is gone: waiting for a pooled connection
            // would hold a request thread for the pool's timeout, and a pricing instance has as many
            // request threads as cores (README, "Load and faults"), which quotes need meanwhile
            throw new DataAccessResourceFailureException("the quote writer reports the database unreachable");
        }
        QuoteStore.Acceptable quote = store.acceptable(quoteId)
                .filter(q -> key.id().equals(q.apiKeyId()))
                .orElseThrow(() -> ProblemException.notFound("Quote " + quoteId));
        Optional<Accepted> earlier = earlier(quoteId, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        if (now.isAfter(quote.expiresAt())) {
            throw new ProblemException(HttpStatus.CONFLICT, "quote-expired", "Quote " + quoteId + " expired at "
                    + quote.expiresAt() + "; re-quote the cart.");
        }
        try {
            return tx.execute(status -> {
                List<BudgetLedger.Spend> spent = ledger.commit(quote.spends());
                Currency currency = Currency.getInstance(quote.currency());
                Accepted accepted = new Accepted(quoteId, "ACCEPTED", spent.stream().map(s -> new SpentView(
                        s.campaign(), s.segment(), Money.format(s.amount(), currency))).toList());
                store.saveAcceptance(quoteId, idempotencyKey, now, json.writeValueAsString(accepted));
                return accepted;
            });
        } catch (DuplicateKeyException concurrentTwin) {
            // another request accepted this quote meanwhile; its transaction, not ours, spent the budget
            return earlier(quoteId, idempotencyKey).orElseThrow(() -> concurrentTwin);
        }
    }

    private Optional<Accepted> earlier(String quoteId, String idempotencyKey) {
        return store.acceptance(quoteId).map(a -> {
            if (!a.idempotencyKey().equals(idempotencyKey)) {
                throw new ProblemException(HttpStatus.CONFLICT, "already-accepted",
                        "Quote " + quoteId + " was already accepted with another Idempotency-Key.");
            }
            return json.readValue(a.resultJson(), Accepted.class);
        });
    }
}
