package io.promoplatform.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * An administrator may do what every other role may do. Outside {@link SecurityConfig} because pages
 * that show or hide actions by role need it too, and they exist in every context (the command line's too).
 */
@Configuration(proxyBeanMethods = false)
class RoleHierarchyConfig {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix().role("ADMIN").implies("MARKETER", "APPROVER", "AUDITOR").build();
    }
}
