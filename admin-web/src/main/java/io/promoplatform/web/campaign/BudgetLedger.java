package io.promoplatform.web.campaign;

import io.promoplatform.web.system.DbTime;
import io.promoplatform.web.system.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What campaigns have left, and the only place spend is committed. Commits lock each campaign row
 * (in id order, so concurrent accepts cannot deadlock) and check the total and the segment's
 * allocation under that lock: on one instance or many sharing the database, spend never exceeds a
 * budget.
 */
@Component
public class BudgetLedger {

    private final JdbcClient jdbc;

    BudgetLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One campaign's spend for one quote. */
    public record Spend(String campaign, String segment, BigDecimal amount) {
    }

    /**
     * What each campaign may still spend on a quote of {@code segment} priced at {@code at} in
     * {@code currency}: the total left, capped by the segment's allocation left when one is set; zero
     * outside the campaign's schedule or in another currency.
     */
    public Map<String, BigDecimal> remaining(String segment, Instant at, String currency) {
        Map<String, BigDecimal> remaining = new HashMap<>();
        jdbc.sql("""
                SELECT c.id, c.budget, c.spent, c.currency, c.starts_at, c.ends_at, cs.allocated, cs.spent AS seg_spent
                FROM campaign c LEFT JOIN campaign_segment cs ON cs.campaign_id = c.id AND cs.segment_id = :segment""")
                .param("segment", segment)
                .query(rs -> {
                    BigDecimal left = rs.getBigDecimal("budget").subtract(rs.getBigDecimal("spent"));
                    BigDecimal allocated = rs.getBigDecimal("allocated");
                    if (allocated != null) {
                        left = left.min(allocated.subtract(rs.getBigDecimal("seg_spent")));
                    }
                    Instant starts = DbTime.toInstant(rs.getTimestamp("starts_at"));
                    Instant ends = DbTime.toInstant(rs.getTimestamp("ends_at"));
                    boolean scheduled = (starts == null || !at.isBefore(starts)) && (ends == null || !at.isAfter(ends));
                    if (!scheduled || !currency.equals(rs.getString("currency"))) {
                        left = BigDecimal.ZERO;
                    }
                    remaining.put(rs.getString("id"), left.max(BigDecimal.ZERO));
                });
        return remaining;
    }

    /**
     * Commits every spend or none: 409 {@code budget-exhausted} when one no longer fits. Spend on a
     * campaign that does not exist (a rule naming an unknown campaign) is not limited and not recorded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Spend> commit(List<Spend> spends) {
        List<Spend> committed = new java.util.ArrayList<>();
        for (Spend spend : spends.stream().sorted(Comparator.comparing(Spend::campaign)).toList()) {
            Optional<BigDecimal[]> campaign = jdbc.sql("SELECT budget, spent FROM campaign WHERE id = :id FOR UPDATE")
                    .param("id", spend.campaign())
                    .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).optional();
            if (campaign.isEmpty()) {
                continue;
            }
            if (campaign.get()[1].add(spend.amount()).compareTo(campaign.get()[0]) > 0) {
                throw exhausted(spend.campaign());
            }
            Optional<BigDecimal[]> segment = jdbc.sql("""
                    SELECT allocated, spent FROM campaign_segment
                    WHERE campaign_id = :id AND segment_id = :segment FOR UPDATE""")
                    .param("id", spend.campaign()).param("segment", spend.segment())
                    .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).optional();
            if (segment.isPresent() && segment.get()[0] != null
                    && segment.get()[1].add(spend.amount()).compareTo(segment.get()[0]) > 0) {
                throw exhausted(spend.campaign());
            }
            jdbc.sql("UPDATE campaign SET spent = spent + :amount WHERE id = :id")
                    .param("amount", spend.amount()).param("id", spend.campaign()).update();
            if (segment.isPresent()) {
                jdbc.sql("UPDATE campaign_segment SET spent = spent + :amount WHERE campaign_id = :id "
                                + "AND segment_id = :segment")
                        .param("amount", spend.amount()).param("id", spend.campaign())
                        .param("segment", spend.segment()).update();
            } else {
                // safe from a concurrent twin: every writer holds this campaign's row lock
                jdbc.sql("""
                        INSERT INTO campaign_segment (campaign_id, segment_id, min_budget, max_budget, allocated, spent)
                        VALUES (:id, :segment, NULL, NULL, NULL, :amount)""")
                        .param("id", spend.campaign()).param("segment", spend.segment())
                        .param("amount", spend.amount()).update();
            }
            committed.add(spend);
        }
        return committed;
    }

    private static ProblemException exhausted(String campaign) {
        return new ProblemException(HttpStatus.CONFLICT, "budget-exhausted", "The budget of campaign " + campaign
                + " no longer covers this quote's discount; nothing was spent. Re-quote the cart.",
                Map.of("campaign", campaign));
    }
}
