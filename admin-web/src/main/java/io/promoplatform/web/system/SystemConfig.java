package io.promoplatform.web.system;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PromoProperties.class)
class SystemConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Runs before Spring Security so that an oversized body is refused before anyone reads it. */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(JsonMapper json) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
