package io.promoplatform.web.audit;

import java.time.Instant;

/** One recorded change: who did what to which entity, with the entity before and after (JSON). */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String before,
        String after,
        String prevHash,
        String hash) {
}
