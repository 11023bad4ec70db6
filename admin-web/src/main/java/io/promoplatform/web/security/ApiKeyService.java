package io.promoplatform.web.security;

import io.promoplatform.web.system.DbTime;
import io.promoplatform.web.audit.AuditLog;
import io.promoplatform.web.system.Ids;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Storefront API keys. A key is 32 random bytes shown once; the database keeps its SHA-256 (a fast
 * hash is right for high-entropy secrets, and the quote path checks a key on every call). Look-ups
 * are cached briefly so a revocation on another instance takes effect within {@link #CACHE_TTL}.
 */
@Service
public class ApiKeyService {

    static final Duration CACHE_TTL = Duration.ofSeconds(5);
    private static final int MAX_CACHE = 10_000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ApiKeyService(JdbcClient jdbc, AuditLog audit, Ids ids, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public record KeyView(String id, String name, String prefix, String createdBy, Instant createdAt,
            Instant revokedAt) {
    }

    /** The one moment the secret is visible. */
    public record CreatedKey(String id, String name, String key) {
    }

    private record Cached(Optional<ApiKeyPrincipal> principal, Instant loadedAt) {
    }

    public Optional<ApiKeyPrincipal> authenticate(String presentedKey) {
        String hash = sha256(presentedKey);
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached != null && cached.loadedAt().plus(CACHE_TTL).isAfter(now)) {
            return cached.principal();
        }
        Optional<ApiKeyPrincipal> principal;
        try {
            principal = jdbc.sql("SELECT id, name FROM api_key WHERE key_hash = :hash AND revoked_at IS NULL")
                    .param("hash", hash)
                    .query((rs, n) -> new ApiKeyPrincipal(rs.getString("id"), rs.getString("name")))
                    .optional();
        } catch (org.springframework.dao.DataAccessException databaseDown) {
            if (cached == null) {
                throw databaseDown;
            }
            // quoting continues through a database outage: a key this instance saw answers as it did,
            // until the database can say otherwise (asked again after CACHE_TTL)
            principal = cached.principal();
        }
        if (cache.size() > MAX_CACHE) {
            cache.clear();
        }
        cache.put(hash, new Cached(principal, now));
        return principal;
    }

    @Transactional
    public CreatedKey create(String name, String actor) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ValidationProblem.unprocessable("name", "must have 1 to 200 characters");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = "pk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return insert(name, key, actor);
    }

    /** Installs a known key (the demo key); does nothing if a key with that secret exists. */
    @Transactional
    public void ensure(String name, String key) {
        Integer existing = jdbc.sql("SELECT COUNT(*) FROM api_key WHERE key_hash = :hash")
                .param("hash", sha256(key)).query(Integer.class).single();
        if (existing == 0) {
            insert(name, key, "system");
        }
    }

    private CreatedKey insert(String name, String key, String actor) {
        String id = ids.next("K-");
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO api_key (id, name, key_hash, key_prefix, created_by, created_at)
                VALUES (:id, :name, :hash, :prefix, :by, :at)""")
                .param("id", id).param("name", name).param("hash", sha256(key))
                .param("prefix", key.substring(0, Math.min(8, key.length()))).param("by", actor)
                .param("at", DbTime.of(now)).update();
        audit.record(actor, "api-key.create", "api-key", id, null, Map.of("id", id, "name", name));
        return new CreatedKey(id, name, key);
    }

    @Transactional
    public KeyView revoke(String id, String actor) {
        KeyView before = find(id).orElseThrow(() -> ProblemException.notFound("API key " + id));
        if (before.revokedAt() != null) {
            throw new ProblemException(HttpStatus.CONFLICT, "already-revoked", "API key " + id + " is already revoked.");
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE api_key SET revoked_at = :at WHERE id = :id")
                .param("at", DbTime.of(now)).param("id", id).update();
        cache.clear();
        KeyView after = find(id).orElseThrow();
        audit.record(actor, "api-key.revoke", "api-key", id, before, after);
        return after;
    }

    public List<KeyView> list() {
        return jdbc.sql("SELECT * FROM api_key ORDER BY created_at").query((rs, n) -> view(rs)).list();
    }

    private Optional<KeyView> find(String id) {
        return jdbc.sql("SELECT * FROM api_key WHERE id = :id").param("id", id).query((rs, n) -> view(rs)).optional();
    }

    private static KeyView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new KeyView(rs.getString("id"), rs.getString("name"), rs.getString("key_prefix"),
                rs.getString("created_by"), DbTime.toInstant(rs.getTimestamp("created_at")),
                DbTime.toInstant(revoked));
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
