package io.promoplatform.web.quote;

import io.promoplatform.web.campaign.BudgetLedger;
import io.promoplatform.web.system.DbTime;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import io.promoplatform.web.system.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored quotes: the response as sent and the decision trace, kept for accept, audit and replay.
 * Quotes are written behind the request by {@link QuoteWriter}; every read here sees a quote from the
 * moment it was priced: the quote endpoint reads the writer's pending quotes, accepting waits for its
 * quote to land, and the explorer's and replay's queries first let the writer land what was queued
 * before them (for up to {@value #ADMIN_FLUSH_MS} ms, then they answer with what has landed).
 */
@Repository
class QuoteStore {

    private static final long ADMIN_FLUSH_MS = 2_000;
    private static final Duration ACCEPT_FLUSH = Duration.ofSeconds(3);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final QuoteWriter writer;

    QuoteStore(JdbcClient jdbc, JsonMapper json, QuoteWriter writer) {
        this.jdbc = jdbc;
        this.json = json;
        this.writer = writer;
    }

    record StoredQuote(String id, Instant pricedAt, Instant expiresAt, String apiKeyId, String customerId,
            String segment, long release, String modelVersion, String currency, BigDecimal listTotal,
            BigDecimal discountTotal, BigDecimal total, String responseJson, QuoteTrace trace) {
    }

    /** What accepting needs of a stored quote. */
    record Acceptable(String apiKeyId, Instant expiresAt, String currency, List<BudgetLedger.Spend> spends) {
    }

    Optional<Acceptable> acceptable(String id) {
        if (!writer.databaseReachable() || !writer.flush(id, ACCEPT_FLUSH)) {
            // spend is committed under the database's row locks only: no database, no accept
            throw unavailable();
        }
        // two queries one after the other: a query run inside another's row mapper would hold a second
        // pooled connection per request, and concurrent requests would starve the pool
        Optional<Acceptable> quote = jdbc.sql("SELECT api_key_id, expires_at, currency FROM quote WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Acceptable(rs.getString(1), DbTime.toInstant(rs.getTimestamp(2)),
                        rs.getString(3), List.of()))
                .optional();
        return quote.map(q -> new Acceptable(q.apiKeyId(), q.expiresAt(), q.currency(), jdbc.sql(
                        "SELECT campaign_id, segment_id, amount FROM quote_spend WHERE quote_id = :id ORDER BY campaign_id")
                .param("id", id)
                .query((rs, n) -> new BudgetLedger.Spend(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list()));
    }

    /** The stored outcome of an acceptance: the idempotency key it was made with and the answer given. */
    record Acceptance(String idempotencyKey, String resultJson) {
    }

    Optional<Acceptance> acceptance(String id) {
        return jdbc.sql("SELECT idempotency_key, result_json FROM quote_acceptance WHERE quote_id = :id")
                .param("id", id).query((rs, n) -> new Acceptance(rs.getString(1), rs.getString(2))).optional();
    }

    void saveAcceptance(String id, String idempotencyKey, Instant at, String resultJson) {
        jdbc.sql("INSERT INTO quote_acceptance (quote_id, idempotency_key, accepted_at, result_json) "
                        + "VALUES (:id, :key, :at, :result)")
                .param("id", id).param("key", idempotencyKey).param("at", DbTime.of(at)).param("result", resultJson)
                .update();
    }

    /** The stored JSON documents and who may read them. */
    record StoredDocument(String apiKeyId, String responseJson, String traceJson) {
    }

    /** Queues the quote and its planned spends for the writer; readable at once through {@link #find}. */
    void save(StoredQuote q, List<BudgetLedger.Spend> spends) {
        writer.save(q, spends);
    }

    Optional<StoredDocument> find(String id) {
        Optional<QuoteRow> pending = writer.pending(id);
        if (pending.isPresent()) {
            return pending.map(q -> new StoredDocument(q.apiKeyId(), q.responseJson(), q.traceJson()));
        }
        if (writer.isPending(id) && !writer.flush(id, ACCEPT_FLUSH)) {
            throw unavailable(); // in the spill file and the database does not take it yet
        }
        return stored(id);
    }

    private static ProblemException unavailable() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "The quote store is unavailable right now; quoting continues. Retry in a few seconds.");
    }

    private void adminRead() {
        writer.flush(Duration.ofMillis(ADMIN_FLUSH_MS));
    }

    private Optional<StoredDocument> stored(String id) {
        return jdbc.sql("SELECT api_key_id, response_json, trace_json FROM quote WHERE id = :id").param("id", id)
                .query((rs, n) -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** A stored quote's totals and trace, for replaying it under other rules. */
    record Replayable(String id, Instant pricedAt, BigDecimal total, BigDecimal discountTotal, String traceJson) {
    }

    List<Replayable> pricedBetween(Instant from, Instant to, int limit) {
        adminRead();
        return jdbc.sql("SELECT id, priced_at, total, discount_total, trace_json FROM quote "
                        + "WHERE priced_at >= :from AND priced_at < :to ORDER BY priced_at DESC, id LIMIT :limit")
                .param("from", ts(from)).param("to", ts(to)).param("limit", limit)
                .query((rs, n) -> new Replayable(rs.getString(1),
                        DbTime.toInstant(rs.getTimestamp(2)), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    /** A stored quote's row without its documents, for the quote explorer's list. */
    record Summary(String id, Instant pricedAt, Instant expiresAt, String customerId, String segment, long release,
            String modelVersion, String currency, BigDecimal listTotal, BigDecimal discountTotal, BigDecimal total) {
    }

    /** The explorer's filters; null means any. {@code to} is exclusive. */
    record Search(String customerId, String segment, Instant from, Instant to) {
    }

    List<Summary> search(Search search, int page, int size) {
        adminRead();
        StringBuilder sql = new StringBuilder("SELECT id, priced_at, expires_at, customer_id, segment_id, release_no, "
                + "model_version, currency, list_total, discount_total, total FROM quote WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        where(search, sql, params);
        sql.append(" ORDER BY priced_at DESC, id DESC LIMIT ? OFFSET ?");
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(sql.toString()).params(params).query(QuoteStore::summary).list();
    }

    long count(Search search) {
        adminRead();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM quote WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        where(search, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    Optional<Summary> summary(String id) {
        if (writer.isPending(id)) {
            writer.flush(id, ACCEPT_FLUSH);
        }
        return jdbc.sql("SELECT id, priced_at, expires_at, customer_id, segment_id, release_no, model_version, currency, "
                        + "list_total, discount_total, total FROM quote WHERE id = ?")
                .params(id).query(QuoteStore::summary).optional();
    }

    /** When a quote was accepted and the answer given, for the explorer. */
    record AcceptedAt(Instant at, String resultJson) {
    }

    Optional<AcceptedAt> acceptedAt(String id) {
        return jdbc.sql("SELECT accepted_at, result_json FROM quote_acceptance WHERE quote_id = ?").params(id)
                .query((rs, n) -> new AcceptedAt(DbTime.toInstant(rs.getTimestamp(1)), rs.getString(2))).optional();
    }

    private static void where(Search s, StringBuilder sql, List<Object> params) {
        if (s.customerId() != null) {
            sql.append(" AND customer_id = ?");
            params.add(s.customerId());
        }
        if (s.segment() != null) {
            sql.append(" AND segment_id = ?");
            params.add(s.segment());
        }
        if (s.from() != null) {
            sql.append(" AND priced_at >= ?");
            params.add(ts(s.from()));
        }
        if (s.to() != null) {
            sql.append(" AND priced_at < ?");
            params.add(ts(s.to()));
        }
    }

    private static Summary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Summary(rs.getString("id"), DbTime.toInstant(rs.getTimestamp("priced_at")),
                DbTime.toInstant(rs.getTimestamp("expires_at")), rs.getString("customer_id"),
                rs.getString("segment_id"), rs.getLong("release_no"), rs.getString("model_version"),
                rs.getString("currency"), rs.getBigDecimal("list_total"), rs.getBigDecimal("discount_total"),
                rs.getBigDecimal("total"));
    }

    private static Timestamp ts(Instant instant) {
        return DbTime.of(instant);
    }
}
