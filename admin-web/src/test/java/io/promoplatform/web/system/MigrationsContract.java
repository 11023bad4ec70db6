package io.promoplatform.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same Flyway migrations, applied in full, on each database. */
abstract class MigrationsContract {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void everyMigrationSucceeded() {
        List<Boolean> results = jdbc.sql("SELECT success FROM flyway_schema_history WHERE version IS NOT NULL")
                .query(Boolean.class).list();

        assertThat(results).isNotEmpty().containsOnly(true);
    }

    @Test
    void theSchemaHasEveryTableOfTheProduct() {
        List<String> tables = jdbc.sql("""
                SELECT LOWER(table_name) FROM information_schema.tables
                WHERE LOWER(table_schema) = LOWER(DATABASE()) OR LOWER(table_schema) = 'public'""")
                .query(String.class).list();

        assertThat(tables).contains("product", "segment", "store", "customer", "customer_tag", "app_user",
                "user_role", "api_key", "promo_rule", "rule_revision", "rule_release", "release_rule",
                "active_release", "quote", "quote_spend", "quote_acceptance", "campaign", "campaign_segment",
                "plan_job", "price_model", "audit_event", "audit_chain_head");
    }

    @Test
    void theSchemaStartsWithTheEmptyReleaseZeroAndOneActiveReleaseRow() {
        Long releaseZero = jdbc.sql("SELECT COUNT(*) FROM rule_release WHERE release_no = 0").query(Long.class).single();
        Long activeRows = jdbc.sql("SELECT COUNT(*) FROM active_release").query(Long.class).single();
        Long rulesInZero = jdbc.sql("SELECT COUNT(*) FROM release_rule WHERE release_no = 0").query(Long.class).single();

        assertThat(releaseZero).isEqualTo(1);
        assertThat(activeRows).isEqualTo(1);
        assertThat(rulesInZero).isZero();
    }

    @Test
    void eachStoredQuoteMaintainsOnlyTheIndexesItsReadersUse() throws java.sql.SQLException {
        java.util.Set<String> indexes = new java.util.TreeSet<>();
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), null, "quote", false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null) {
                    indexes.add(rs.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }

        // the explorer's customer search and the dashboard's time ranges; V003 dropped the plain priced_at one
        assertThat(indexes).contains("ix_quote_customer", "ix_quote_priced_discount")
                .doesNotContain("ix_quote_priced_at");
    }

    @Test
    void moneyColumnsKeepFourDecimals() {
        jdbc.sql("""
                INSERT INTO campaign (id, name, budget, spent, currency, updated_at)
                VALUES ('precision-probe', 'p', 1234567890.1234, 0, 'USD', '2026-01-01 00:00:00')""").update();
        try {
            java.math.BigDecimal budget = jdbc.sql("SELECT budget FROM campaign WHERE id = 'precision-probe'")
                    .query(java.math.BigDecimal.class).single();
            assertThat(budget).isEqualByComparingTo("1234567890.1234");
        } finally {
            jdbc.sql("DELETE FROM campaign WHERE id = 'precision-probe'").update();
        }
    }
}
