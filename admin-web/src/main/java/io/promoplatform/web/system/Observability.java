package io.promoplatform.web.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plumbing's own meter beside Spring Boot's (JVM, HTTP, pool): how many writes wait. Features
 * register their meters beside their code (quote latency and firings in {@code quote}, the active
 * release in {@code release}, the active model in {@code model}, budget burn in {@code campaign});
 * all are served at /actuator/prometheus (ADMIN, see SecurityConfig).
 */
@Configuration(proxyBeanMethods = false)
class Observability {

    @Bean
    Gauge writeBacklog(MeterRegistry registry, ObjectProvider<Backlog> backlog) {
        // strong: the provider is held by nothing else, and a collected gauge reads NaN
        return Gauge.builder("promo.write.backlog", backlog, b -> {
                    Backlog pending = b.getIfAvailable();
                    return pending == null ? 0 : pending.pending();
                })
                .strongReference(true).description("Quote and audit records accepted but not yet written")
                .register(registry);
    }
}
