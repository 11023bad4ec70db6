package io.promoplatform.web.demo;

import io.promoplatform.samples.SampleCatalog;
import io.promoplatform.samples.SampleRules;
import io.promoplatform.web.release.ReleaseService;
import io.promoplatform.web.rule.RuleService;
import io.promoplatform.web.system.PromoProperties;
import java.util.ArrayList;
import java.util.List;
import io.promoplatform.web.catalog.CatalogService;
import io.promoplatform.web.security.AccountService;
import io.promoplatform.web.security.ApiKeyService;
import io.promoplatform.web.security.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded demo: the sample catalog on first start, the four demo accounts and the demo storefront
 * key. Exists only when {@code promo.demo=true} (the embedded default); never on the mysql profile.
 * Runs before the web server takes requests, and only fills what is missing, so a restart keeps edits.
 */
@Component
@ConditionalOnProperty(name = "promo.demo", havingValue = "true")
class DemoSeeder implements SmartInitializingSingleton {

    static final String DEMO_KEY = "demo-storefront-key";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final AccountService accounts;
    private final ApiKeyService keys;
    private final CatalogService catalog;
    private final SampleLoader samples;
    private final TransactionTemplate tx;
    private final RuleService rules;
    private final ReleaseService releases;
    private final PromoProperties properties;

    DemoSeeder(AccountService accounts, ApiKeyService keys, CatalogService catalog, SampleLoader samples,
            TransactionTemplate tx, RuleService rules, ReleaseService releases, PromoProperties properties) {
        this.accounts = accounts;
        this.keys = keys;
        this.catalog = catalog;
        this.samples = samples;
        this.tx = tx;
        this.rules = rules;
        this.releases = releases;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(status -> {
            accounts.ensure("marketer", "marketer-demo", Set.of(Role.MARKETER));
            accounts.ensure("approver", "approver-demo", Set.of(Role.APPROVER));
            accounts.ensure("auditor", "auditor-demo", Set.of(Role.AUDITOR));
            accounts.ensure("admin", "admin-demo", Set.of(Role.ADMIN));
            keys.ensure("Demo storefront", DEMO_KEY);
        });
        if (catalog.productCount() == 0) {
            int loaded = samples.load(SampleCatalog.load());
            log.info("Loaded the sample catalog: {} records", loaded);
            if (properties.samples().rules()) {
                publishSampleRules();
            }
        }
    }

    /**
     * The sample rules go live the way real ones do: the marketer authors and submits them, the
     * approver approves them and builds release 1, so the demo's audit trail tells a true story.
     */
    private void publishSampleRules() {
        List<String> ids = new ArrayList<>();
        for (String body : SampleRules.load()) {
            String id = rules.create(body, "marketer", false).id();
            rules.submit(id, "marketer");
            rules.approve(id, "Sample rule for the demo", "approver");
            ids.add(id);
        }
        ReleaseService.Created release = releases.create("Sample rules", ids, "approver");
        log.info("Published {} sample rules as release {}", ids.size(), release.release());
    }
}
