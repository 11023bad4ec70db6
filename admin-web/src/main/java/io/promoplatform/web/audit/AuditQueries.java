package io.promoplatform.web.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail: filtered pages, the whole chain for verification, and the chain head. */
@Repository
class AuditQueries {

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code action} is matched exactly; the API leaves it out, the audit page filters by it. */
    record Filter(String entity, String actor, String action, Instant from, Instant to) {

        Filter(String entity, String actor, Instant from, Instant to) {
            this(entity, actor, null, from, to);
        }
    }

    /** One event by id, for the audit page's link to the first broken event. */
    java.util.Optional<AuditEvent> find(long id) {
        return jdbc.sql("SELECT * FROM audit_event WHERE id = ?").params(id).query(AuditQueries::map).optional();
    }

    /** The entity types and actions that occur, for the audit page's filter choices. */
    List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_event ORDER BY entity_type").query(String.class).list();
    }

    List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_event ORDER BY action").query(String.class).list();
    }

    List<AuditEvent> page(Filter filter, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        where(filter, sql, params);
        sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?");
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql(sql.toString()).params(params).query(AuditQueries::map).list();
    }

    long count(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM audit_event WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        where(filter, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** Streams events in id order, a batch at a time, so verification of a long trail stays in memory bounds. */
    void forEachInOrder(Filter filter, Consumer<AuditEvent> consumer) {
        long after = 0;
        while (true) {
            StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE id > ?");
            List<Object> params = new ArrayList<>();
            params.add(after);
            where(filter, sql, params);
            sql.append(" ORDER BY id LIMIT 1000");
            List<AuditEvent> batch = jdbc.sql(sql.toString()).params(params).query(AuditQueries::map).list();
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(consumer);
            after = batch.get(batch.size() - 1).id();
        }
    }

    long[] head() {
        return jdbc.sql("SELECT last_id FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new long[] {rs.getLong(1)}).single();
    }

    String headHash() {
        return jdbc.sql("SELECT last_hash FROM audit_chain_head WHERE id = 1").query(String.class).single();
    }

    private static void where(Filter filter, StringBuilder sql, List<Object> params) {
        if (filter.entity() != null && !filter.entity().isBlank()) {
            int colon = filter.entity().indexOf(':');
            if (colon > 0) {
                sql.append(" AND entity_type = ? AND entity_id = ?");
                params.add(filter.entity().substring(0, colon));
                params.add(filter.entity().substring(colon + 1));
            } else {
                sql.append(" AND entity_type = ?");
                params.add(filter.entity());
            }
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" AND actor = ?");
            params.add(filter.actor());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            sql.append(" AND action = ?");
            params.add(filter.action());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(AuditLog.toDb(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(AuditLog.toDb(filter.to()));
        }
    }

    private static AuditEvent map(ResultSet rs, int n) throws SQLException {
        return new AuditEvent(rs.getLong("id"), AuditLog.fromDb(rs.getTimestamp("occurred_at")), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("before_json"), rs.getString("after_json"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
