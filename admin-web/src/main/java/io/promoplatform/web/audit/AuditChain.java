package io.promoplatform.web.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit event: SHA-256 over the previous hash and every field of the event, each
 * length-prefixed so that no two different events can produce the same input.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String prevHash, long id, Instant occurredAt, String actor, String action, String entityType,
            String entityId, String before, String after) {
        StringBuilder in = new StringBuilder(256);
        for (String part : new String[] {prevHash, Long.toString(id), occurredAt.toString(), actor, action,
                entityType, entityId, before, after}) {
            if (part == null) {
                in.append("-1:");
            } else {
                in.append(part.length()).append(':').append(part);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String hash(AuditEvent e) {
        return hash(e.prevHash(), e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.before(), e.after());
    }
}
