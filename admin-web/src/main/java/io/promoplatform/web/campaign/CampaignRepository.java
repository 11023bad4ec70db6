package io.promoplatform.web.campaign;

import io.promoplatform.web.system.DbTime;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns with their per-segment limits, allocations and spend. */
@Repository
class CampaignRepository {

    private final JdbcClient jdbc;
    private final BudgetLedger ledger;

    CampaignRepository(JdbcClient jdbc, BudgetLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    record Row(String id, String name, BigDecimal budget, BigDecimal spent, String currency, Instant startsAt,
            Instant endsAt, Instant updatedAt) {
    }

    record SegmentRow(String segment, BigDecimal min, BigDecimal max, BigDecimal allocated, BigDecimal spent) {
    }

    Optional<Row> find(String id) {
        return jdbc.sql("SELECT * FROM campaign WHERE id = :id").param("id", id).query(CampaignRepository::row)
                .optional();
    }

    List<Row> all() {
        return jdbc.sql("SELECT * FROM campaign ORDER BY id").query(CampaignRepository::row).list();
    }

    List<SegmentRow> segments(String id) {
        return jdbc.sql("SELECT * FROM campaign_segment WHERE campaign_id = :id ORDER BY segment_id")
                .param("id", id).query((rs, n) -> new SegmentRow(rs.getString("segment_id"),
                        rs.getBigDecimal("min_budget"), rs.getBigDecimal("max_budget"), rs.getBigDecimal("allocated"),
                        rs.getBigDecimal("spent")))
                .list();
    }

    void upsert(String id, String name, BigDecimal budget, String currency, Instant startsAt, Instant endsAt,
            Instant now) {
        ledger.campaignsChanged(); // quotes must not price with the budget cached before this change
        int updated = jdbc.sql("""
                UPDATE campaign SET name = :name, budget = :budget, currency = :currency, starts_at = :starts,
                       ends_at = :ends, updated_at = :now WHERE id = :id""")
                .param("name", name).param("budget", budget).param("currency", currency)
                .param("starts", DbTime.of(startsAt)).param("ends", DbTime.of(endsAt)).param("now", DbTime.of(now))
                .param("id", id).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO campaign (id, name, budget, spent, currency, starts_at, ends_at, updated_at)
                    VALUES (:id, :name, :budget, 0, :currency, :starts, :ends, :now)""")
                    .param("id", id).param("name", name).param("budget", budget).param("currency", currency)
                    .param("starts", DbTime.of(startsAt)).param("ends", DbTime.of(endsAt))
                    .param("now", DbTime.of(now)).update();
        }
    }

    /** Sets the segments' limits, keeping their spend and allocations; segments no longer listed keep their spend. */
    void upsertSegment(String id, String segment, BigDecimal min, BigDecimal max, BigDecimal allocated,
            boolean setAllocation) {
        ledger.campaignsChanged(); // quotes must not price with the budget cached before this change
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("min", min);
        params.put("max", max);
        params.put("id", id);
        params.put("segment", segment);
        if (setAllocation) {
            params.put("allocated", allocated);
        }
        int updated = jdbc.sql("UPDATE campaign_segment SET min_budget = :min, max_budget = :max"
                        + (setAllocation ? ", allocated = :allocated" : "")
                        + " WHERE campaign_id = :id AND segment_id = :segment")
                .params(params).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO campaign_segment (campaign_id, segment_id, min_budget, max_budget, allocated, spent)
                    VALUES (:id, :segment, :min, :max, :allocated, 0)""")
                    .param("id", id).param("segment", segment).param("min", min).param("max", max)
                    .param("allocated", setAllocation ? allocated : null).update();
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("name"), rs.getBigDecimal("budget"),
                rs.getBigDecimal("spent"), rs.getString("currency"), DbTime.toInstant(rs.getTimestamp("starts_at")),
                DbTime.toInstant(rs.getTimestamp("ends_at")), DbTime.toInstant(rs.getTimestamp("updated_at")));
    }
}
