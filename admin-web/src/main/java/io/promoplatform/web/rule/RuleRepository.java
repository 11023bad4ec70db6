package io.promoplatform.web.rule;

import io.promoplatform.web.system.DbTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Rules and their revisions; one narrow repository for the rule aggregate. */
@Repository
class RuleRepository {

    private final JdbcClient jdbc;

    RuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String kind, RuleFormat format, String author, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO promo_rule (name, kind, format, state, current_revision, created_by, created_at, updated_at)
                VALUES (:name, :kind, :format, 'DRAFT', 1, :by, :at, :at)""")
                .param("name", name).param("kind", kind).param("format", format.name()).param("by", author)
                .param("at", ts(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertRevision(long ruleId, int revision, String body, String author, Instant at) {
        jdbc.sql("""
                INSERT INTO rule_revision (rule_id, revision, body, state, author, created_at)
                VALUES (:id, :rev, :body, 'DRAFT', :author, :at)""")
                .param("id", ruleId).param("rev", revision).param("body", body).param("author", author)
                .param("at", ts(at)).update();
    }

    /** Locks the rule row, so that concurrent state changes of one rule happen one after the other. */
    Optional<StoredRule> lock(long id) {
        return jdbc.sql("SELECT * FROM promo_rule WHERE id = :id FOR UPDATE").param("id", id)
                .query(RuleRepository::rule).optional();
    }

    Optional<StoredRule> find(long id) {
        return jdbc.sql("SELECT * FROM promo_rule WHERE id = :id").param("id", id).query(RuleRepository::rule)
                .optional();
    }

    List<StoredRule> search(String text, RuleState state, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT * FROM promo_rule WHERE 1 = 1");
        java.util.Map<String, Object> params = filter(text, state, sql);
        sql.append(" ORDER BY id LIMIT :size OFFSET :offset");
        params.put("size", size);
        params.put("offset", (long) page * size);
        return jdbc.sql(sql.toString()).params(params).query(RuleRepository::rule).list();
    }

    long count(String text, RuleState state) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM promo_rule WHERE 1 = 1");
        java.util.Map<String, Object> params = filter(text, state, sql);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static java.util.Map<String, Object> filter(String text, RuleState state, StringBuilder sql) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (text != null && !text.isBlank()) {
            sql.append(" AND LOWER(name) LIKE :like");
            params.put("like", "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (state != null) {
            sql.append(" AND state = :state");
            params.put("state", state.name());
        }
        return params;
    }

    List<StoredRule> inState(RuleState state) {
        return jdbc.sql("SELECT * FROM promo_rule WHERE state = :state ORDER BY id").param("state", state.name())
                .query(RuleRepository::rule).list();
    }

    void update(StoredRule rule) {
        jdbc.sql("""
                UPDATE promo_rule SET name = :name, kind = :kind, format = :format, state = :state,
                       current_revision = :rev, updated_at = :at WHERE id = :id""")
                .param("name", rule.name()).param("kind", rule.kind()).param("format", rule.format().name())
                .param("state", rule.state().name()).param("rev", rule.currentRevision())
                .param("at", ts(rule.updatedAt())).param("id", rule.id()).update();
    }

    Optional<StoredRevision> revision(long ruleId, int revision) {
        return jdbc.sql("SELECT * FROM rule_revision WHERE rule_id = :id AND revision = :rev")
                .param("id", ruleId).param("rev", revision).query(RuleRepository::revision).optional();
    }

    List<StoredRevision> revisions(long ruleId) {
        return jdbc.sql("SELECT * FROM rule_revision WHERE rule_id = :id ORDER BY revision").param("id", ruleId)
                .query(RuleRepository::revision).list();
    }

    void submit(long ruleId, int revision, RuleState state, String by, Instant at) {
        jdbc.sql("""
                UPDATE rule_revision SET state = :state, submitted_by = :by, submitted_at = :at
                WHERE rule_id = :id AND revision = :rev""")
                .param("state", state.name()).param("by", by).param("at", ts(at)).param("id", ruleId)
                .param("rev", revision).update();
    }

    void decide(long ruleId, int revision, RuleState state, String by, Instant at, String comment) {
        jdbc.sql("""
                UPDATE rule_revision SET state = :state, decided_by = :by, decided_at = :at, decision_comment = :c
                WHERE rule_id = :id AND revision = :rev""")
                .param("state", state.name()).param("by", by).param("at", ts(at)).param("c", comment)
                .param("id", ruleId).param("rev", revision).update();
    }

    static Timestamp ts(Instant at) {
        return DbTime.of(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return DbTime.toInstant(ts);
    }

    private static StoredRule rule(ResultSet rs, int n) throws SQLException {
        return new StoredRule(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
                RuleFormat.valueOf(rs.getString("format")), RuleState.valueOf(rs.getString("state")),
                rs.getInt("current_revision"), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static StoredRevision revision(ResultSet rs, int n) throws SQLException {
        return new StoredRevision(rs.getLong("rule_id"), rs.getInt("revision"), rs.getString("body"),
                RuleState.valueOf(rs.getString("state")), rs.getString("author"), instant(rs, "created_at"),
                rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("decision_comment"));
    }
}
