package io.promoplatform.web.campaign;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.promoplatform.web.system.DbTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code promo.campaign.budget.burn{campaign}}: spent / budget of the campaigns still running, read
 * with one indexed query every {@code promo.metrics.budget-refresh-ms} (15 s). Cardinality is bounded:
 * at most {@link #MAX_CAMPAIGNS} series, the most burnt first, and a campaign that ends drops out.
 */
@Component
public class BudgetBurn {

    static final int MAX_CAMPAIGNS = 100;
    private static final Logger log = LoggerFactory.getLogger(BudgetBurn.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MultiGauge burn;

    BudgetBurn(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.burn = MultiGauge.builder("promo.campaign.budget.burn")
                .description("Share of a running campaign's budget already spent (0..1)").register(registry);
    }

    private record Burn(String campaign, double share) {
    }

    /** Reads the books again; the scrape itself never touches the database. */
    @Scheduled(fixedDelayString = "${promo.metrics.budget-refresh-ms:15000}", initialDelay = 1_000)
    public void refresh() {
        try {
            List<Burn> rows = jdbc.sql("""
                    SELECT id, budget, spent FROM campaign
                    WHERE ends_at IS NULL OR ends_at > :now
                    ORDER BY CASE WHEN budget > 0 THEN spent / budget ELSE 0 END DESC, id
                    LIMIT %d""".formatted(MAX_CAMPAIGNS))
                    .param("now", DbTime.of(clock.instant()))
                    .query((rs, n) -> {
                        BigDecimal budget = rs.getBigDecimal("budget");
                        BigDecimal spent = rs.getBigDecimal("spent");
                        double share = budget.signum() <= 0 ? 0
                                : spent.divide(budget, 6, RoundingMode.HALF_UP).doubleValue();
                        return new Burn(rs.getString("id"), share);
                    }).list();
            burn.register(rows.stream().map(r -> MultiGauge.Row.of(Tags.of("campaign", r.campaign()), r.share()))
                    .toList(), true);
        } catch (RuntimeException e) {
            log.warn("Could not read campaign budgets for the burn gauge: {}", e.getClass().getSimpleName());
        }
    }
}
