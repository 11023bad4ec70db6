package io.promoplatform.web.release;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.promoplatform.engine.quote.QuoteEngine;
import io.promoplatform.engine.release.ReleaseRuntime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine objects are plain Java; Spring only holds one of each for the whole application. */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class EngineConfig {

    @Bean
    ReleaseRuntime releaseRuntime() {
        return new ReleaseRuntime();
    }

    @Bean
    Gauge activeReleaseGauge(MeterRegistry registry, ReleaseService releases) {
        return Gauge.builder("promo.release.active", releases, ReleaseService::activeNumber)
                .description("The release this instance prices with").register(registry);
    }

    @Bean
    QuoteEngine quoteEngine(ReleaseRuntime runtime) {
        return new QuoteEngine(runtime);
    }
}
