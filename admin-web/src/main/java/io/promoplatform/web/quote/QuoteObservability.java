package io.promoplatform.web.quote;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/** How the storefront's quote requests are timed and logged. */
@Configuration(proxyBeanMethods = false)
class QuoteObservability {

    /** Times and labels quote requests; after the body limit, before security, so refusals are timed too. */
    @Bean
    FilterRegistrationBean<QuoteObservation> quoteObservation(QuoteMetrics metrics) {
        FilterRegistrationBean<QuoteObservation> registration = new FilterRegistrationBean<>(
                new QuoteObservation(metrics));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns(QuoteController.PATH, QuoteController.PATH + "/*");
        return registration;
    }

    /**
     * Spring's {@code http.server.requests} skips the storefront's quote: {@code promo.quote.latency}
     * times every such request already (with a histogram, by outcome), and at thousands of quotes a
     * second a second observation of each is not free.
     */
    @Bean
    ObservationPredicate quotesTimedByTheirOwnMeter() {
        return (name, context) -> !("http.server.requests".equals(name)
                && context instanceof ServerRequestObservationContext request
                && "POST".equals(request.getCarrier().getMethod())
                && QuoteController.PATH.equals(request.getCarrier().getRequestURI()));
    }
}
