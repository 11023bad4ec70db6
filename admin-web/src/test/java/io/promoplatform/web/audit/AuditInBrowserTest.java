package io.promoplatform.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.promoplatform.web.support.Api;
import io.promoplatform.web.support.Browser;
import io.promoplatform.web.support.BrowserTestSupport;
import io.promoplatform.web.support.InBrowser;
import io.promoplatform.web.support.OnH2;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The auditor's trail in Chromium, including tampering. The tampering runs against a database of its
 * own (a distinct in-memory H2, hence its own Spring context), and every row is put back, so no other
 * test class can ever see a broken chain.
 */
@OnH2
@InBrowser
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:promo-audit-tamper;MODE=MySQL;"
        + "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditInBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private String product(String name) {
        String sku = "AIB-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new Api(port).put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"%s","brand":"Acme","category":"juice","listPrice":"2.50","cost":"1.00","currency":"USD"}"""
                .formatted(name)).send().status()).isEqualTo(200);
        return sku;
    }

    private long eventOf(String sku) {
        return jdbc.sql("SELECT id FROM audit_event WHERE entity_id = ?").params(sku).query(Long.class).single();
    }

    @Test
    void anAuditorFiltersTheTrailAndReadsAChangeAsADiff() {
        String sku = product("Browser juice");
        assertThat(new Api(port).put("/api/v1/admin/products/" + sku).as("marketer").json("""
                {"name":"Browser juice XL","brand":"Acme","category":"juice","listPrice":"2.75","cost":"1.00",
                 "currency":"USD"}""").send().status()).isEqualTo(200);
        browser.signIn("auditor", "auditor-demo");
        browser.go("/audit");
        assertThat(browser.text(By.id("verdict-status"))).isEqualTo("OK");
        browser.screenshot("trail-verified");

        browser.selectValue(By.id("entityType"), "product");
        browser.type(By.id("entityId"), sku);
        browser.selectValue(By.id("action"), "product.update");
        browser.click(By.id("audit-filter-submit"));
        browser.waitForText(By.id("audit-count"), "1 event matches");
        long id = jdbc.sql("SELECT id FROM audit_event WHERE entity_id = ? AND action = 'product.update'").params(sku)
                .query(Long.class).single();
        browser.click(By.cssSelector("#details-" + id + " summary"));
        String diff = browser.text(By.id("details-" + id));
        assertThat(diff).contains("name").contains("Browser juice").contains("Browser juice XL").contains("2.75");
        browser.screenshot("filtered-and-expanded");
        assertThat(browser.find(By.id("audit-csv")).getAttribute("href"))
                .contains("/audit/events.csv?").contains("entityId=" + sku).contains("action=product.update");
    }

    @Test
    void anEditedRowShowsTheChainBrokenAtThatEventUntilItIsRestored() {
        String sku = product("Tamper juice");
        long id = eventOf(sku);
        String original = jdbc.sql("SELECT after_json FROM audit_event WHERE id = ?").params(id).query(String.class)
                .single();
        browser.signIn("auditor", "auditor-demo");
        try {
            jdbc.sql("UPDATE audit_event SET after_json = ? WHERE id = ?")
                    .params(original.replace("2.50", "0.01"), id).update();
            browser.go("/audit");
            assertThat(browser.text(By.id("verdict-status"))).isEqualTo("BROKEN");
            assertThat(browser.text(By.id("verdict-broken-event"))).contains("#" + id);
            browser.screenshot("edited-row-broken");
            browser.click(By.id("verdict-broken-event"));
            assertThat(browser.path()).isEqualTo("/audit/events/" + id);
            assertThat(browser.pageText()).contains(sku).contains("0.01");
            browser.screenshot("broken-event-page");
        } finally {
            jdbc.sql("UPDATE audit_event SET after_json = ? WHERE id = ?").params(original, id).update();
        }
        browser.go("/audit");
        assertThat(browser.text(By.id("verdict-status"))).isEqualTo("OK");
    }

    @Test
    void aDeletedRowShowsTheChainBrokenWhereTheRowWasMissing() {
        String sku = product("Deleted juice");
        long id = eventOf(sku);
        product("After deleted juice");
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_event WHERE id = ?").params(id).query().singleRow();
        browser.signIn("auditor", "auditor-demo");
        try {
            jdbc.sql("DELETE FROM audit_event WHERE id = ?").params(id).update();
            browser.go("/audit");
            assertThat(browser.text(By.id("verdict-status"))).isEqualTo("BROKEN");
            assertThat(browser.text(By.id("verdict-broken-event"))).contains("#" + id);
            browser.click(By.id("verdict-broken-event"));
            assertThat(browser.find(By.id("event-missing")).getText()).contains("#" + id);
            browser.screenshot("deleted-row-broken");
        } finally {
            jdbc.sql("INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_id, before_json, "
                    + "after_json, prev_hash, hash) VALUES (:id, :occurred_at, :actor, :action, :entity_type, "
                    + ":entity_id, :before_json, :after_json, :prev_hash, :hash)").params(row).update();
        }
        browser.go("/audit");
        assertThat(browser.text(By.id("verdict-status"))).isEqualTo("OK");
        browser.screenshot("restored-ok");
    }
}
