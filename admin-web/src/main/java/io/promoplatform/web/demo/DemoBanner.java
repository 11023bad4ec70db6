package io.promoplatform.web.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where the demo is served and that its credentials are for the demo only. */
@Component
@ConditionalOnProperty(name = "promo.demo", havingValue = "true")
class DemoBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        log.info("""

                ==================================================================================
                 Promo platform (embedded demo) is serving at http://localhost:{}/
                 API docs: http://localhost:{}/swagger-ui.html
                 DEMO CREDENTIALS - for this embedded demo only, never for real use:
                   marketer / marketer-demo   approver / approver-demo
                   auditor  / auditor-demo    admin    / admin-demo
                   storefront API key: Authorization: Bearer {}
                ==================================================================================""",
                port, port, DemoSeeder.DEMO_KEY);
    }
}
