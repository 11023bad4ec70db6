package io.promoplatform.web.model;

import io.promoplatform.web.system.DbTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code price_model} table: every registered model, its artifact, and which one is active. */
@Repository
class ModelRegistry {

    private final JdbcClient jdbc;

    ModelRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A registered model without its artifact bytes. */
    record Entry(String version, Instant createdAt, String dataFingerprint, String paramsJson, String metricsJson,
                 boolean active, long artifactBytes) {
    }

    private static final String COLUMNS =
            "version, created_at, data_fingerprint, params_json, metrics_json, active, LENGTH(artifact) AS bytes";

    List<Entry> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM price_model ORDER BY created_at DESC, version DESC")
                .query((rs, n) -> new Entry(rs.getString(1), DbTime.toInstant(rs.getTimestamp(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getLong(7)))
                .list();
    }

    Optional<Entry> find(String version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM price_model WHERE version = :v").param("v", version)
                .query((rs, n) -> new Entry(rs.getString(1), DbTime.toInstant(rs.getTimestamp(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getLong(7)))
                .optional();
    }

    Optional<byte[]> artifact(String version) {
        return jdbc.sql("SELECT artifact FROM price_model WHERE version = :v").param("v", version)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    Optional<String> activeVersion() {
        return jdbc.sql("SELECT version FROM price_model WHERE active = TRUE").query(String.class).optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM price_model").query(Long.class).single();
    }

    void insert(String version, Instant createdAt, String fingerprint, String paramsJson, String metricsJson,
            byte[] artifact) {
        jdbc.sql("""
                INSERT INTO price_model (version, created_at, data_fingerprint, params_json, metrics_json, artifact, active)
                VALUES (:v, :at, :fp, :params, :metrics, :artifact, FALSE)""")
                .param("v", version).param("at", DbTime.of(createdAt)).param("fp", fingerprint)
                .param("params", paramsJson).param("metrics", metricsJson).param("artifact", artifact)
                .update();
    }

    /** Makes {@code version} the only active model; the caller holds the transaction. */
    void activate(String version) {
        jdbc.sql("UPDATE price_model SET active = FALSE WHERE active = TRUE AND version <> :v").param("v", version).update();
        jdbc.sql("UPDATE price_model SET active = TRUE WHERE version = :v").param("v", version).update();
    }

    /** Serialises activations: every activation locks all rows it may flip, in primary-key order. */
    void lockAll() {
        jdbc.sql("SELECT version FROM price_model ORDER BY version FOR UPDATE").query(String.class).list();
    }
}
