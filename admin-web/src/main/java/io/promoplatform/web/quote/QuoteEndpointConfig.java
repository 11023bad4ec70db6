package io.promoplatform.web.quote;

import io.promoplatform.web.security.ApiKeyService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class QuoteEndpointConfig {

    /**
     * After the body limit (+10), the wildcard content-type refusal (+15) and the quote observation
     * (+20), which therefore still apply; before Spring Security's chains (-100) and the dispatcher.
     */
    @Bean
    FilterRegistrationBean<QuoteEndpoint> quoteEndpoint(QuoteService quotes, ApiKeyService keys, JsonMapper json) {
        FilterRegistrationBean<QuoteEndpoint> registration = new FilterRegistrationBean<>(
                new QuoteEndpoint(quotes, keys, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        registration.addUrlPatterns(QuoteEndpoint.PATH);
        return registration;
    }
}
