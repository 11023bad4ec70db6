package io.promoplatform.web.quote;

import io.promoplatform.web.campaign.BudgetLedger;
import io.promoplatform.web.system.DbTime;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stored quotes: the response as sent and the decision trace, kept for accept, audit and replay. */
@Repository
class QuoteStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuoteStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record StoredQuote(String id, Instant pricedAt, Instant expiresAt, String apiKeyId, String customerId,
            String segment, long release, String modelVersion, String currency, BigDecimal listTotal,
            BigDecimal discountTotal, BigDecimal total, QuoteResponse response, QuoteTrace trace) {
    }

    /** What accepting needs of a stored quote. */
    record Acceptable(String apiKeyId, Instant expiresAt, String currency, List<BudgetLedger.Spend> spends) {
    }

    Optional<Acceptable> acceptable(String id) {
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

    @org.springframework.transaction.annotation.Transactional
    void save(StoredQuote q, List<BudgetLedger.Spend> spends) {
        save(q);
        for (BudgetLedger.Spend spend : spends) {
            jdbc.sql("INSERT INTO quote_spend (quote_id, campaign_id, segment_id, amount) "
                            + "VALUES (:quote, :campaign, :segment, :amount)")
                    .param("quote", q.id()).param("campaign", spend.campaign()).param("segment", spend.segment())
                    .param("amount", spend.amount()).update();
        }
    }

    private void save(StoredQuote q) {
        jdbc.sql("""
                INSERT INTO quote (id, priced_at, expires_at, api_key_id, customer_id, segment_id, release_no,
                                   model_version, currency, list_total, discount_total, total, response_json, trace_json)
                VALUES (:id, :pricedAt, :expiresAt, :key, :customer, :segment, :release, :model, :currency,
                        :listTotal, :discountTotal, :total, :response, :trace)""")
                .param("id", q.id()).param("pricedAt", ts(q.pricedAt())).param("expiresAt", ts(q.expiresAt()))
                .param("key", q.apiKeyId()).param("customer", q.customerId()).param("segment", q.segment())
                .param("release", q.release()).param("model", q.modelVersion()).param("currency", q.currency())
                .param("listTotal", q.listTotal()).param("discountTotal", q.discountTotal()).param("total", q.total())
                .param("response", json.writeValueAsString(q.response()))
                .param("trace", json.writeValueAsString(q.trace()))
                .update();
    }

    Optional<StoredDocument> find(String id) {
        return jdbc.sql("SELECT api_key_id, response_json, trace_json FROM quote WHERE id = :id").param("id", id)
                .query((rs, n) -> new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** A stored quote's totals and trace, for replaying it under other rules. */
    record Replayable(String id, Instant pricedAt, BigDecimal total, BigDecimal discountTotal, String traceJson) {
    }

    List<Replayable> pricedBetween(Instant from, Instant to, int limit) {
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
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM quote WHERE 1 = 1");
        List<Object> params = new java.util.ArrayList<>();
        where(search, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    Optional<Summary> summary(String id) {
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
