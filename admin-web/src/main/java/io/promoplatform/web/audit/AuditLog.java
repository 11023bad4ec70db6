package io.promoplatform.web.audit;

import io.promoplatform.web.system.DbTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends audit events to the hash chain. It joins the caller's transaction, so a change and its
 * audit event commit together or not at all; writers serialise on the chain head row, which also
 * orders events written by several instances on one database.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, String entityId, Object before, Object after) {
        Head head = jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long id = head.lastId() + 1;
        // Whole seconds: mysql-connector-j sends no fractional seconds to MariaDB (which reports itself as
        // 5.5.5-10.x), so anything finer would not read back as hashed. Events are ordered by id.
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String beforeJson = before == null ? null : json.writeValueAsString(before);
        String afterJson = after == null ? null : json.writeValueAsString(after);
        String hash = AuditChain.hash(head.lastHash(), id, at, actor, action, entityType, entityId, beforeJson, afterJson);
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_id, before_json,
                                         after_json, prev_hash, hash)
                VALUES (:id, :at, :actor, :action, :type, :entity, :before, :after, :prev, :hash)""")
                .param("id", id).param("at", toDb(at)).param("actor", actor).param("action", action)
                .param("type", entityType).param("entity", entityId).param("before", beforeJson)
                .param("after", afterJson).param("prev", head.lastHash()).param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_id = :id, last_hash = :hash WHERE id = 1")
                .param("id", id).param("hash", hash).update();
    }

    static Timestamp toDb(Instant at) {
        return DbTime.of(at);
    }

    static Instant fromDb(Timestamp ts) {
        return DbTime.toInstant(ts);
    }

    private record Head(long lastId, String lastHash) {
    }
}
