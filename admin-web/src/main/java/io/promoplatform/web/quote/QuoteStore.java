package io.promoplatform.web.quote;

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

    /** The stored JSON documents and who may read them. */
    record StoredDocument(String apiKeyId, String responseJson, String traceJson) {
    }

    void save(StoredQuote q) {
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
