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

    private static Timestamp ts(Instant instant) {
        return DbTime.of(instant);
    }
}
