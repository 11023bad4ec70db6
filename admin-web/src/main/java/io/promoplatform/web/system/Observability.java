package io.promoplatform.web.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.ObservationPredicate;
import io.promoplatform.engine.model.PriceModel;
import io.promoplatform.web.model.ModelRuntime;
import io.promoplatform.web.quote.QuoteEndpoint;
import io.promoplatform.web.release.ReleaseService;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The platform's own meters beside Spring Boot's (JVM, HTTP, pool): which release and price model
 * this instance prices with, and how many writes wait. Served at /actuator/prometheus (ADMIN, see
 * SecurityConfig). Quote latency and firings are in {@link QuoteMetrics}, budget burn in
 * {@link BudgetBurn}.
 */
@Configuration(proxyBeanMethods = false)
class Observability {

    /** Times and labels quote requests; after the body limit, before security, so refusals are timed too. */
    @Bean
    FilterRegistrationBean<QuoteObservation> quoteObservation(QuoteMetrics metrics) {
        FilterRegistrationBean<QuoteObservation> registration = new FilterRegistrationBean<>(
                new QuoteObservation(metrics));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/api/v1/quotes", "/api/v1/quotes/*");
        return registration;
    }

    /**
     * Spring's {@code http.server.requests} skips the storefront's quote: at thousands of quotes a
     * second its observation cost as much CPU as parsing the cart, and {@code promo.quote.latency}
     * already times every such request (with a histogram) by outcome.
     */
    @Bean
    ObservationPredicate quotesTimedByTheirOwnMeter() {
        return (name, context) -> !("http.server.requests".equals(name)
                && context instanceof ServerRequestObservationContext request
                && "POST".equals(request.getCarrier().getMethod())
                && QuoteEndpoint.PATH.equals(request.getCarrier().getRequestURI()));
    }

    @Bean
    ActiveVersions activeVersions(MeterRegistry registry, ReleaseService releases, ModelRuntime models,
            ObjectProvider<Backlog> backlog) {
        return new ActiveVersions(registry, releases, models, backlog);
    }

    /**
     * The release number as a plain gauge; the model version, being text, as a tag on a gauge of 1
     * (the Prometheus "info" idiom), re-registered when it changes so exactly one version shows.
     */
    static final class ActiveVersions {
        private final ModelRuntime models;
        private final MultiGauge model;

        ActiveVersions(MeterRegistry registry, ReleaseService releases, ModelRuntime models,
                ObjectProvider<Backlog> backlog) {
            this.models = models;
            Gauge.builder("promo.release.active", releases, ReleaseService::activeNumber)
                    .description("The release this instance prices with").register(registry);
            // strong: the provider is held by nothing else, and a collected gauge reads NaN
            Gauge.builder("promo.write.backlog", backlog, b -> b.getIfAvailable(() -> () -> 0).pending())
                    .strongReference(true).description("Quote and audit records accepted but not yet written").register(registry);
            this.model = MultiGauge.builder("promo.model.active")
                    .description("1 for the price model version this instance prices with").register(registry);
            refresh();
        }

        /** The version the gauge shows; touched only by {@link #refresh()} (constructor, then one scheduler). */
        private String shown;

        /**
         * Re-registers only when the version changed: overwriting the same row removes and re-adds its
         * meter, and a scrape that ran in between answered 500 (duplicate labels for the version).
         */
        @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
        void refresh() {
            String version = models.active().map(PriceModel::version).orElse("none");
            if (!version.equals(shown)) {
                model.register(List.of(MultiGauge.Row.of(Tags.of("version", version), 1)), true);
                shown = version;
            }
        }
    }
}
