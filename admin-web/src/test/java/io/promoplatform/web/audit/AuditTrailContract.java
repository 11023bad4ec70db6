package io.promoplatform.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The hash chain: intact after real changes, broken by an edited or deleted row. */
abstract class AuditTrailContract {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private JsonNode verify() {
        return api.get("/api/v1/audit/verify").as("auditor").send().json();
    }

    private long someEventId() {
        api.put("/api/v1/admin/segments/audit-probe").as("marketer")
                .json("{\"name\":\"Audit probe\",\"description\":\"" + System.nanoTime() + "\"}").send();
        return jdbc.sql("SELECT MIN(id) FROM audit_event WHERE entity_type = 'segment' AND entity_id = 'audit-probe'")
                .query(Long.class).single();
    }

    @Test
    void theChainVerifiesAfterRealChanges() {
        someEventId();

        JsonNode verdict = verify();

        assertThat(verdict.get("ok").asBoolean()).isTrue();
        assertThat(verdict.get("events").asLong()).isPositive();
    }

    @Test
    void anEditedRowIsDetected() {
        long id = someEventId();
        String original = jdbc.sql("SELECT actor FROM audit_event WHERE id = :id").param("id", id)
                .query(String.class).single();
        try {
            jdbc.sql("UPDATE audit_event SET actor = 'mallory' WHERE id = :id").param("id", id).update();

            JsonNode verdict = verify();

            assertThat(verdict.get("ok").asBoolean()).isFalse();
            assertThat(verdict.get("firstBrokenEvent").asLong()).isEqualTo(id);
        } finally {
            jdbc.sql("UPDATE audit_event SET actor = :a WHERE id = :id").param("a", original).param("id", id).update();
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void aDeletedRowIsDetected() {
        long id = someEventId();
        var row = jdbc.sql("SELECT * FROM audit_event WHERE id = :id").param("id", id).query().singleRow();
        try {
            jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", id).update();

            JsonNode verdict = verify();

            assertThat(verdict.get("ok").asBoolean()).isFalse();
            assertThat(verdict.get("firstBrokenEvent").asLong()).isEqualTo(id);
        } finally {
            jdbc.sql("""
                    INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_id, before_json,
                                             after_json, prev_hash, hash)
                    VALUES (:id, :occurred_at, :actor, :action, :entity_type, :entity_id, :before_json, :after_json,
                            :prev_hash, :hash)""").params(row).update();
        }
        assertThat(verify().get("ok").asBoolean()).isTrue();
    }

    @Test
    void eventsFilterByActorAndExportAsCsv() {
        someEventId();

        JsonNode events = api.get("/api/v1/audit/events?actor=marketer&size=5").as("auditor").send().json();
        Api.Reply csv = api.get("/api/v1/audit/events.csv?entity=segment:audit-probe").as("auditor").send();

        assertThat(events.get("items").findValuesAsString("actor")).isNotEmpty().allMatch("marketer"::equals);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,occurredAt,actor,action,entityType,entityId");
        assertThat(csv.body()).contains(",marketer,segment.");
    }
}
