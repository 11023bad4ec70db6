package io.promoplatform.web.release;

import io.promoplatform.web.system.DbTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Releases, their rule revisions, and the single active-release row every instance follows. */
@Repository
class ReleaseRepository {

    private final JdbcClient jdbc;

    ReleaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Active(long release, long sequence, String activatedBy, Instant activatedAt) {
    }

    record Header(long release, String comment, String createdBy, Instant createdAt, long compiledInMs) {
    }

    record Member(long ruleId, int revision, String name) {
    }

    Active active() {
        return jdbc.sql("SELECT release_no, activation_seq, activated_by, activated_at FROM active_release WHERE id = 1")
                .query((rs, n) -> new Active(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs.getTimestamp(4))))
                .single();
    }

    /** Locks the active-release row: release numbering and activation happen one at a time, across instances. */
    Active lockActive() {
        return jdbc.sql("SELECT release_no, activation_seq, activated_by, activated_at FROM active_release WHERE id = 1 "
                        + "FOR UPDATE")
                .query((rs, n) -> new Active(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs.getTimestamp(4))))
                .single();
    }

    long nextNumber() {
        return jdbc.sql("SELECT COALESCE(MAX(release_no), 0) + 1 FROM rule_release").query(Long.class).single();
    }

    void insert(long release, String comment, String by, Instant at, long compiledInMs, List<long[]> members) {
        jdbc.sql("""
                INSERT INTO rule_release (release_no, comment, created_by, created_at, compiled_in_ms)
                VALUES (:n, :comment, :by, :at, :ms)""")
                .param("n", release).param("comment", comment).param("by", by).param("at", ts(at))
                .param("ms", compiledInMs).update();
        for (long[] member : members) {
            jdbc.sql("INSERT INTO release_rule (release_no, rule_id, revision) VALUES (:n, :rule, :rev)")
                    .param("n", release).param("rule", member[0]).param("rev", member[1]).update();
        }
    }

    void activate(long release, long sequence, String by, Instant at) {
        jdbc.sql("""
                UPDATE active_release SET release_no = :n, activation_seq = :seq, activated_by = :by, activated_at = :at
                WHERE id = 1""")
                .param("n", release).param("seq", sequence).param("by", by).param("at", ts(at)).update();
    }

    Optional<Header> header(long release) {
        return jdbc.sql("SELECT * FROM rule_release WHERE release_no = :n").param("n", release)
                .query((rs, n) -> new Header(rs.getLong("release_no"), rs.getString("comment"),
                        rs.getString("created_by"), instant(rs.getTimestamp("created_at")), rs.getLong("compiled_in_ms")))
                .optional();
    }

    List<Header> headers(int page, int size) {
        return jdbc.sql("SELECT * FROM rule_release ORDER BY release_no DESC LIMIT :size OFFSET :offset")
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Header(rs.getLong("release_no"), rs.getString("comment"),
                        rs.getString("created_by"), instant(rs.getTimestamp("created_at")), rs.getLong("compiled_in_ms")))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM rule_release").query(Long.class).single();
    }

    List<Member> members(long release) {
        return jdbc.sql("""
                SELECT rr.rule_id, rr.revision, r.name FROM release_rule rr JOIN promo_rule r ON r.id = rr.rule_id
                WHERE rr.release_no = :n ORDER BY rr.rule_id""")
                .param("n", release).query((rs, n) -> new Member(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
    }

    private static Timestamp ts(Instant at) {
        return DbTime.of(at);
    }

    private static Instant instant(Timestamp ts) {
        return DbTime.toInstant(ts);
    }
}
