package io.promoplatform.web.campaign;

import io.promoplatform.web.system.CacheRefresh;
import io.promoplatform.web.system.DbTime;
import io.promoplatform.web.system.ProblemException;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What campaigns have left, and the only place spend is committed. Commits lock each campaign row
 * (in id order, so concurrent accepts cannot deadlock) and check the total and the segment's
 * allocation under that lock: on one instance or many sharing the database, spend never exceeds a
 * budget.
 */
@Component
public class BudgetLedger {

    private final JdbcClient jdbc;
    private final LoadingCache<String, List<Row>> rows;

    BudgetLedger(JdbcClient jdbc, @Value("${promo.budget-cache.refresh:1s}") Duration refresh,
            CacheRefresh refreshes) {
        this.jdbc = jdbc;
        this.rows = Caffeine.newBuilder().maximumSize(10_000).refreshAfterWrite(refresh).executor(refreshes)
                .build(this::load);
    }

    /** One campaign's spend for one quote. */
    public record Spend(String campaign, String segment, BigDecimal amount) {
    }

    /** A campaign as a quote of one segment sees it; cached per segment. */
    private record Row(String id, BigDecimal budget, BigDecimal spent, String currency, Instant starts, Instant ends,
            BigDecimal allocated, BigDecimal segmentSpent) {
    }

    /**
     * What each campaign may still spend on a quote of {@code segment} priced at {@code at} in
     * {@code currency}: the total left, capped by the segment's allocation left when one is set; zero
     * outside the campaign's schedule or in another currency.
     *
     * <p>Read from a per-segment cache refreshed in the background {@code promo.budget-cache.refresh}
     * (1 s) after it was loaded, and dropped when this instance commits spend or changes a campaign. A
     * quote may therefore promise a discount that another instance's accept has just used up; the
     * budget is still never overspent, because {@link #commit} checks it again under the row locks and
     * answers 409 budget-exhausted (the storefront re-quotes and gets the clamped price).
     */
    public Map<String, BigDecimal> remaining(String segment, Instant at, String currency) {
        Map<String, BigDecimal> remaining = new HashMap<>();
        for (Row row : rows.get(segment)) {
            BigDecimal left = row.budget().subtract(row.spent());
            if (row.allocated() != null) {
                left = left.min(row.allocated().subtract(row.segmentSpent()));
            }
            boolean scheduled = (row.starts() == null || !at.isBefore(row.starts()))
                    && (row.ends() == null || !at.isAfter(row.ends()));
            if (!scheduled || !currency.equals(row.currency())) {
                left = BigDecimal.ZERO;
            }
            remaining.put(row.id(), left.max(BigDecimal.ZERO));
        }
        return remaining;
    }

    private List<Row> load(String segment) {
        return jdbc.sql("""
                SELECT c.id, c.budget, c.spent, c.currency, c.starts_at, c.ends_at, cs.allocated, cs.spent AS seg_spent
                FROM campaign c LEFT JOIN campaign_segment cs ON cs.campaign_id = c.id AND cs.segment_id = :segment""")
                .param("segment", segment)
                .query((rs, n) -> new Row(rs.getString("id"), rs.getBigDecimal("budget"), rs.getBigDecimal("spent"),
                        rs.getString("currency"), DbTime.toInstant(rs.getTimestamp("starts_at")),
                        DbTime.toInstant(rs.getTimestamp("ends_at")), rs.getBigDecimal("allocated"),
                        rs.getBigDecimal("seg_spent")))
                .list();
    }

    /**
     * A campaign or its spend changed on this instance: forget what quotes saw, now and once the
     * transaction is over (a quote reading in between must not keep the old budget).
     */
    public void campaignsChanged() {
        rows.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    rows.invalidateAll();
                }
            });
        }
    }

    /**
     * Commits every spend or none: 409 {@code budget-exhausted} when one no longer fits. Spend on a
     * campaign that does not exist (a rule naming an unknown campaign) is not limited and not recorded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Spend> commit(List<Spend> spends) {
        campaignsChanged();
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
