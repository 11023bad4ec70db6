package io.promoplatform.web.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three doors. Storefronts: bearer API keys on /api/v1/quotes/**, stateless. People through the REST
 * API: HTTP Basic (or the admin session) on /api/v1/admin/** and /api/v1/audit/**. People in the
 * browser: form login with a session and CSRF on everything else. The role matrix of every API area is
 * here, in one place.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    private static final String MARKETER = "MARKETER";
    private static final String APPROVER = "APPROVER";
    private static final String AUDITOR = "AUDITOR";
    private static final String ADMIN = "ADMIN";

    /**
     * The storefront's chain carries every storefront request, the hottest one (pricing a cart)
     * included, so it holds only what a stateless API needs: the key (or an auditor's Basic
     * credentials for reading a stored quote), the authorisation matrix, the security headers and
     * problem answers. No session, CSRF token, request cache, anonymous principal, logout or servlet
     * request wrapper: nothing here would use them, and each costs every quote its work.
     */
    @Bean
    @Order(1)
    SecurityFilterChain storefrontApi(HttpSecurity http, ApiKeyService keys, JsonMapper json) throws Exception {
        var entryPoint = ProblemAuthHandlers.entryPoint(json, "promo-storefront");
        http.securityMatcher("/api/v1/quotes", "/api/v1/quotes/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(POST, "/api/v1/quotes", "/api/v1/quotes/*/accept").hasRole("STOREFRONT")
                        .requestMatchers(GET, "/api/v1/quotes/*").hasAnyRole("STOREFRONT", AUDITOR)
                        .anyRequest().denyAll())
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, entryPoint), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(ProblemAuthHandlers.accessDenied(json)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminApi(HttpSecurity http, ApiKeyService keys, JsonMapper json) throws Exception {
        var entryPoint = ProblemAuthHandlers.entryPoint(json, null);
        http.securityMatcher("/api/v1/admin/**", "/api/v1/audit/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/admin/users", "/api/v1/admin/users/**",
                                "/api/v1/admin/api-keys", "/api/v1/admin/api-keys/**").hasRole(ADMIN)
                        .requestMatchers("/api/v1/audit/**").hasRole(AUDITOR)
                        // catalog
                        .requestMatchers(PUT, "/api/v1/admin/products/*", "/api/v1/admin/segments/*",
                                "/api/v1/admin/stores/*", "/api/v1/admin/customers/*").hasRole(MARKETER)
                        .requestMatchers(POST, "/api/v1/admin/catalog/import").hasRole(MARKETER)
                        // rules: authors write, approvers decide
                        .requestMatchers(POST, "/api/v1/admin/rules").hasRole(MARKETER)
                        .requestMatchers(PUT, "/api/v1/admin/rules/*").hasRole(MARKETER)
                        .requestMatchers(POST, "/api/v1/admin/rules/*/submit", "/api/v1/admin/rules/*/retire")
                                .hasRole(MARKETER)
                        .requestMatchers(POST, "/api/v1/admin/rules/*/approve", "/api/v1/admin/rules/*/reject")
                                .hasRole(APPROVER)
                        // releases
                        .requestMatchers(POST, "/api/v1/admin/releases", "/api/v1/admin/releases/*/activate")
                                .hasRole(APPROVER)
                        .requestMatchers(POST, "/api/v1/admin/simulate").hasAnyRole(MARKETER, APPROVER)
                        // campaigns and plans
                        .requestMatchers(PUT, "/api/v1/admin/campaigns/*").hasRole(MARKETER)
                        .requestMatchers(POST, "/api/v1/admin/campaigns/*/plans", "/api/v1/admin/plans/*/apply")
                                .hasRole(MARKETER)
                        .requestMatchers(POST, "/api/v1/admin/models/*/activate").hasRole(ADMIN)
                        .requestMatchers(GET, "/api/v1/admin/**").hasAnyRole(MARKETER, APPROVER, AUDITOR)
                        .requestMatchers(DELETE, "/api/v1/admin/**").hasRole(ADMIN)
                        .anyRequest().hasRole(ADMIN))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, entryPoint), AnonymousAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::cannotBeForged))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(ProblemAuthHandlers.accessDenied(json)));
        return http.build();
    }

    /**
     * Prometheus scrapes with HTTP Basic as an ADMIN account (metrics name campaigns and versions);
     * stateless, no session, no CSRF. Health stays public on the browser chain for load balancers.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, JsonMapper json) throws Exception {
        var entryPoint = ProblemAuthHandlers.entryPoint(json, null);
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(ProblemAuthHandlers.accessDenied(json)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain browser(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // admin pages: the same matrix as the API, by page
                        .requestMatchers("/rules/new-drl", "/rules/*/edit-drl").hasRole(ADMIN)
                        .requestMatchers("/rules/new", "/rules/*/edit", "/rules/preview", "/rules/*/preview").hasRole(MARKETER)
                        .requestMatchers(POST, "/rules/**").hasRole(MARKETER)
                        .requestMatchers("/rules", "/rules/**").hasAnyRole(MARKETER, APPROVER, AUDITOR)
                        .requestMatchers("/approvals", "/approvals/**").hasRole(APPROVER)
                        .requestMatchers(POST, "/releases/**").hasRole(APPROVER)
                        .requestMatchers("/releases/new", "/releases/candidate", "/releases/*/activate").hasRole(APPROVER)
                        .requestMatchers("/releases", "/releases/**").hasAnyRole(MARKETER, APPROVER, AUDITOR)
                        .requestMatchers("/campaigns/new", "/campaigns/*/edit", "/plans/*/apply").hasRole(MARKETER)
                        .requestMatchers(POST, "/campaigns/**", "/plans/**").hasRole(MARKETER)
                        .requestMatchers("/campaigns", "/campaigns/**", "/plans/**")
                                .hasAnyRole(MARKETER, APPROVER, AUDITOR)
                        .requestMatchers(POST, "/models/**").hasRole(ADMIN)
                        .requestMatchers("/audit", "/audit/**", "/quotes", "/quotes/**").hasRole(AUDITOR)
                        .requestMatchers(POST, "/catalog/**").hasRole(MARKETER)
                        .requestMatchers("/catalog/products/new", "/catalog/products/*/edit", "/catalog/import")
                                .hasRole(MARKETER)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    /**
     * CSRF rides on a browser's ambient session. A request that authenticates itself with an
     * Authorization header (which a cross-site form cannot set), or that has no session at all, has
     * nothing to forge, so it needs no token; the latter then gets its honest 401.
     */
    private static boolean cannotBeForged(HttpServletRequest request) {
        return request.getHeader("Authorization") != null || request.getSession(false) == null;
    }

}
